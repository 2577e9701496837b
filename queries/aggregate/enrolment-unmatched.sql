-- METRICS.md enrolment_unmatched: distinct enrolment ids with no persons row, placed by the lowest
-- AAB301 of their enrolments (the scope when all are blank). Placed at a 6-digit code, an id counts
-- in the county and above but in no township.
INSERT INTO agg_person BY NAME
SELECT $as_of::DATE AS as_of, code, 0 AS persons, count(*) AS enrolment_unmatched
FROM (
	SELECT e.id, coalesce(min(e.aab301), $scope) AS code
	FROM enrolments e
	WHERE e.as_of = $as_of::DATE AND e.id IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.as_of = $as_of::DATE AND p.id = e.id)
	GROUP BY e.id
)
GROUP BY code;
