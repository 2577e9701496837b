-- docs/spec/METRICS.md enrolment_unmatched: distinct enrolment ids with no persons row, placed by the lowest
-- AAB301 of their enrolments (the scope when all are blank). Placed at a 6-digit code, an id counts
-- in the county and above but in no township. Counted from the list (unmatched-enrolments.sql).
INSERT INTO agg_person BY NAME
SELECT $as_of::DATE AS as_of, code, 0 AS persons, count(*) AS enrolment_unmatched
FROM agg_unmatched
WHERE as_of = $as_of::DATE
GROUP BY code;
