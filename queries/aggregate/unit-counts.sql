-- Employers for 稽核 (audit of employers), docs/spec/METRICS.md "Expansion groups": 单位未予参保 (status 92) "the page
-- lists them by employer (AAB001)". Per employer and insurance ('1'…'5'):
--   headcount          units.csv `employees` (NULL when blank or not a number),
--   persons            persons rows naming the employer (AAB001),
--   insured            of these, rows whose status is an enrolled code of the insurance (status_enrolled,
--                      docs/spec/METRICS.md i.insured_local),
--   uninsured          rows with 91, 92 or 94 (status_uninsured, docs/spec/METRICS.md i.uninsured),
--   unit_not_enrolled  rows with 92 (docs/spec/METRICS.md i.uninsured_unit).
-- The first units.csv row of a 单位编号 wins (as in load/persons.sql); code is the employer's AAB301, else
-- the lowest code of its staff, else the scope. Every employer of units.csv has a row per insurance.
INSERT INTO agg_unit
WITH unit AS (
	SELECT aab001, arg_min(aab301, line_no) AS aab301, arg_min(aab004, line_no) AS name,
		arg_min(aab019, line_no) AS aab019, arg_min(employees, line_no) AS employees
	FROM units WHERE as_of = $as_of::DATE AND aab001 IS NOT NULL GROUP BY aab001
),
staff AS (
	SELECT aab001, insurance, min(code) AS code, count(*) AS persons,
		count_if(status_enrolled(insurance, status)) AS insured,
		count_if(status_uninsured(status)) AS uninsured,
		count_if(status = '92') AS unit_not_enrolled
	FROM (
		-- a blank status becomes '' so the row still counts in persons (UNPIVOT drops NULLs)
		UNPIVOT (SELECT aab001, code, coalesce(aic003, '') AS "1", coalesce(akc003, '') AS "2",
				coalesce(alc003, '') AS "3", coalesce(ajc003, '') AS "4", coalesce(amc003, '') AS "5"
			FROM persons WHERE as_of = $as_of::DATE AND aab001 IS NOT NULL)
		ON "1", "2", "3", "4", "5" INTO NAME insurance VALUE status
	)
	GROUP BY aab001, insurance
),
keys AS (
	SELECT aab001, insurance FROM unit CROSS JOIN (VALUES ('1'), ('2'), ('3'), ('4'), ('5')) AS i(insurance)
	UNION SELECT aab001, insurance FROM staff
)
SELECT $as_of::DATE AS as_of, coalesce(u.aab301, s.code, $scope) AS code, k.aab001, u.name, u.aab019 AS unit_type,
	TRY_CAST(u.employees AS BIGINT) AS headcount, k.insurance,
	coalesce(s.persons, 0) AS persons, coalesce(s.insured, 0) AS insured, coalesce(s.uninsured, 0) AS uninsured,
	coalesce(s.unit_not_enrolled, 0) AS unit_not_enrolled
FROM keys k LEFT JOIN unit u USING (aab001) LEFT JOIN staff s USING (aab001, insurance);
