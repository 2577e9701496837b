-- docs/spec/METRICS.md enrolment_unmatched, the list precomputed: one row per distinct enrolment id with no persons
-- row (the ids counted in agg_person.enrolment_unmatched), placed by the lowest AAB301 of its enrolments
-- (the scope when all are blank) as queries/aggregate/enrolment-unmatched.sql places them, with the first
-- line, name and id as written, how many enrolments and which schemes. The ids are found by
-- queries/load/ids.sql (person_rows = 0).
INSERT INTO agg_unmatched
SELECT $as_of::DATE AS as_of, coalesce(min(e.aab301), $scope) AS code, e.id,
	arg_min(e.aac003, e.line_no) AS aac003, arg_min(e.aac002, e.line_no) AS aac002, min(e.line_no) AS line_no,
	count(*) AS enrolments, coalesce(list(DISTINCT e.scheme ORDER BY e.scheme) FILTER (e.scheme IS NOT NULL), []) AS schemes
FROM enrolments e
WHERE e.as_of = $as_of::DATE AND e.id IN (SELECT id FROM stg_ids WHERE person_rows = 0)
GROUP BY e.id;
