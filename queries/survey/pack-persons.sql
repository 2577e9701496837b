-- docs/spec/METRICS.md "入户调查 worklist", the pack: the persons rows of region $region with
-- reg_status 31, as the 全民参保登记表 (44号 附件1) and 个人基础信息汇总表 (附件2) print them. `section`
-- is the row's reference village ($child_len 12, a township's pack; $children the reference villages'
-- codes, comma-separated) or '' (the township's 本级: its own
-- 9-digit code or a village code without a reference name); a village's pack ($child_len 0) is one
-- section ''. Rows are ordered by section, household (keyed 家庭编号 first, by key; then each blank-keyed
-- row alone) and line. The employer's name is the first units.csv row of its 单位编号.
WITH rows AS (
	SELECT line_no, code, aac003, aac004, aac002, aac006, aac009, aac010, aae006, aab401, aab402, aae005,
		aic003, akc003, alc003, ajc003, amc003, employment, aab001
	FROM persons
	WHERE as_of = $as_of::DATE AND starts_with(code, $region)
		AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
		AND reg_status = '31'
),
refs AS (SELECT string_split($children, ',') AS codes),
unit AS (
	SELECT aab001, arg_min(aab004, line_no) AS aab004 FROM units
	WHERE as_of = $as_of::DATE AND aab001 IN (SELECT aab001 FROM rows WHERE aab001 IS NOT NULL)
	GROUP BY aab001
)
SELECT CASE WHEN $child_len > 0 AND list_contains(refs.codes, left(r.code, $child_len)) THEN left(r.code, $child_len) ELSE '' END AS section,
	r.*, u.aab004
FROM rows r CROSS JOIN refs
LEFT JOIN unit u ON u.aab001 = r.aab001
ORDER BY section = '', section, r.aab402 IS NULL, r.aab402, r.line_no
LIMIT $limit OFFSET $offset;
