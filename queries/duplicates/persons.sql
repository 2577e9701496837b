-- docs/spec/METRICS.md "Duplicates", the list for cleanup: persons with two or more active enrolments of insurance
-- $insurance placed in $region (agg_duplicate_person, queries/aggregate/duplicate-persons.sql). $kind
-- narrows it to one figure of the page: 'enrolled' (i.duplicate_enrolled), 'benefit' (i.duplicate_benefit:
-- two or more enrolments with status 4), 'pair' with $key e.g. '11+12' (i.duplicate_pairs), 'span' with
-- $key e.g. 'cross_county' (i.duplicate_span). One page: LIMIT $limit OFFSET $offset.
SELECT id, aac003, aac002, aae005, code, has_person, enrolments, benefit_rows, schemes, places, pairs, span
FROM agg_duplicate_person
WHERE as_of = $as_of::DATE AND insurance = $insurance AND starts_with(code, $region)
	AND CASE $kind WHEN 'benefit' THEN benefit_rows >= 2 WHEN 'pair' THEN list_contains(pairs, $key)
		WHEN 'span' THEN span = $key ELSE true END
ORDER BY code, id
LIMIT $limit OFFSET $offset;
