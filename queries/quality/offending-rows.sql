-- docs/spec/METRICS.md "Data quality": the persons rows that break rule $rule (one of the persons-based rules, or
-- the page's own birth_unreadable, src/lib/shared/insurances.ts PAGE_ONLY_QUALITY_RULES; the
-- dq_* flag the loader derived, queries/load/persons.sql) in the region $region, snapshot $as_of, with what
-- the reason text needs: the values of the row, how many rows share its id (id_duplicate) and which
-- insurances it has active enrolments of, anywhere and in the scope (status_conflict); each looked up
-- only for its own rule. One page. For home visits (issue 16) each row also carries 家庭编号, 单位编号, the
-- employer's name (first units.csv row of its 单位编号) and the reference name of its region code.
WITH scope AS (SELECT any_value(scope) AS scope FROM snapshots WHERE as_of = $as_of::DATE),
page AS (
	SELECT line_no, aac003, aac004, aac002, aac006, aac012, aac009, aac010, aae006, aab301, aae005,
		aic003, akc003, alc003, ajc003, amc003, hj_local, reg_status, employment, id, id_kind, code, aab402, aab001
	FROM persons
	WHERE as_of = $as_of::DATE AND starts_with(code, $region)
		AND CASE $rule WHEN 'id_invalid' THEN dq_id_invalid WHEN 'id_legacy15' THEN dq_id_legacy15
			WHEN 'id_birth_mismatch' THEN dq_id_birth_mismatch WHEN 'id_gender_mismatch' THEN dq_id_gender_mismatch
			WHEN 'id_duplicate' THEN dq_id_duplicate WHEN 'missing_required' THEN dq_missing_required
			WHEN 'invalid_code' THEN dq_invalid_code WHEN 'reg_inconsistent' THEN dq_reg_inconsistent
			WHEN 'status_conflict' THEN dq_status_conflict
			WHEN 'birth_unreadable' THEN dq_birth_unreadable ELSE false END
	ORDER BY code, line_no
	LIMIT $limit OFFSET $offset
),
shared AS (
	SELECT id, count(*) AS id_rows FROM persons
	WHERE $rule = 'id_duplicate' AND as_of = $as_of::DATE AND id IN (SELECT id FROM page WHERE id IS NOT NULL)
	GROUP BY id
),
active AS (
	SELECT e.id,
		list(DISTINCT e.insurance) AS active_any,
		list(DISTINCT e.insurance) FILTER (starts_with(e.aab301, s.scope)) AS active_scope
	FROM enrolments e CROSS JOIN scope s
	WHERE $rule = 'status_conflict' AND e.as_of = $as_of::DATE AND e.active
		AND e.id IN (SELECT id FROM page WHERE id IS NOT NULL)
	GROUP BY e.id
),
unit AS (
	SELECT aab001, arg_min(aab004, line_no) AS unit_name FROM units
	WHERE as_of = $as_of::DATE AND aab001 IN (SELECT aab001 FROM page WHERE aab001 IS NOT NULL)
	GROUP BY aab001
),
place AS (SELECT code, any_value(name) AS place FROM regions WHERE code IN (SELECT code FROM page) GROUP BY code)
SELECT p.*, coalesce(sh.id_rows, 1) AS id_rows, coalesce(a.active_any, []) AS active_any,
	coalesce(a.active_scope, []) AS active_scope, u.unit_name, pl.place
FROM page p LEFT JOIN shared sh USING (id) LEFT JOIN active a USING (id) LEFT JOIN unit u USING (aab001)
	LEFT JOIN place pl USING (code)
ORDER BY p.code, p.line_no;
