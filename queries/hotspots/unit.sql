-- One employer (AAB001 $aab001) for 稽核, from agg_unit (queries/aggregate/unit-counts.sql): a row per loaded
-- snapshot up to $as_of where the employer appears and per insurance ('1'…'5'): its code (units.csv AAB301),
-- name, type, headcount (units.csv `employees`), staff in the registry (persons rows naming it), insured
-- (docs/spec/METRICS.md i.insured_local), uninsured (i.uninsured: 91, 92, 94) and 92 (i.uninsured_unit) staff;
-- `place` is the reference name of the code. The page reads $as_of's rows and, per earlier snapshot,
-- whether the employer was flagged (units.sql says what flagged means).
SELECT u.as_of::VARCHAR AS as_of, u.code, r.name AS place, u.name, u.unit_type, u.headcount, u.insurance,
	u.persons, u.insured, u.uninsured, u.unit_not_enrolled
FROM agg_unit u LEFT JOIN regions r ON r.code = u.code
WHERE u.aab001 = $aab001 AND u.as_of <= $as_of::DATE
ORDER BY u.as_of DESC, u.insurance;
