-- docs/spec/METRICS.md enrolment_unmatched: enrolment ids with no persons row placed in $region (agg_unmatched,
-- queries/aggregate/unmatched-enrolments.sql), with the enrolments' schemes. One page.
SELECT code, id, aac003, aac002, line_no, enrolments, schemes
FROM agg_unmatched
WHERE as_of = $as_of::DATE AND starts_with(code, $region)
ORDER BY code, line_no
LIMIT $limit OFFSET $offset;
