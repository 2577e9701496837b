-- docs/spec/METRICS.md "Coverage": which 参保状态 codes count as what, per insurance. The insurance is named by
-- the first digit of its scheme codes: 1 pension, 2 medical, 3 injury, 4 unemployment, 5 maternity.
CREATE OR REPLACE MACRO status_enrolled(insurance, s) AS CASE insurance
	WHEN '1' THEN s IN ('11', '12', '13', '14', '15')
	WHEN '2' THEN s IN ('21', '22', '23', '24', '25', '26', '27')
	WHEN '3' THEN s = '30'
	WHEN '4' THEN s = '40'
	WHEN '5' THEN s = '50'
	ELSE false
END;

-- 应参未参: 91 个人未参保, 92 单位未予参保, 94 中断.
CREATE OR REPLACE MACRO status_uninsured(s) AS s IN ('91', '92', '94');
