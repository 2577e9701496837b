-- 44号 第十三条 look-up (docs/spec/METRICS.md "Identity", "Data quality"): every snapshot's persons rows
-- of the normalised id $id whose region code starts with $scope (the user's scope), with the loader's
-- data-quality flags and what their reason texts need: how many rows of that snapshot share the id, and
-- which insurances it has active enrolments of, anywhere and in the snapshot's scope.
WITH rows AS (
	SELECT p.*, s.scope AS snapshot_scope FROM persons p JOIN snapshots s USING (as_of)
	WHERE p.id = $id AND starts_with(p.code, $scope)
),
shared AS (
	SELECT as_of, count(*) AS id_rows FROM persons WHERE id = $id GROUP BY as_of
),
active AS (
	SELECT e.as_of,
		list(DISTINCT e.insurance) AS active_any,
		list(DISTINCT e.insurance) FILTER (starts_with(e.aab301, s.scope)) AS active_scope
	FROM enrolments e JOIN snapshots s USING (as_of)
	WHERE e.id = $id AND e.active
	GROUP BY e.as_of
)
SELECT r.as_of, r.line_no, r.code, r.aac001, r.aac003, r.aac004, r.aac002, r.aac006, r.aac012, r.aac009, r.aac010,
	r.aae006, r.aab401, r.aab402, r.aab301, r.aae005, r.aic003, r.akc003, r.alc003, r.ajc003, r.amc003,
	r.aae011, r.aae036, r.aae014, r.aae015, r.hj_local, r.reg_status, r.employment, r.aab001, r.id, r.id_kind,
	r.dq_id_invalid, r.dq_id_legacy15, r.dq_id_birth_mismatch, r.dq_id_gender_mismatch, r.dq_id_duplicate,
	r.dq_missing_required, r.dq_invalid_code, r.dq_reg_inconsistent, r.dq_status_conflict,
	coalesce(sh.id_rows, 1) AS id_rows, coalesce(a.active_any, []) AS active_any, coalesce(a.active_scope, []) AS active_scope
FROM rows r LEFT JOIN shared sh USING (as_of) LEFT JOIN active a USING (as_of)
ORDER BY r.as_of DESC, r.line_no;
