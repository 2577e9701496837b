-- docs/spec/METRICS.md "Duplicates" over time: i.duplicate_enrolled, i.duplicate_benefit, i.duplicate_pairs and
-- i.duplicate_span of the region $region for insurance $insurance in every snapshot at or before $as_of
-- ("a view as of a date never uses later data"), from agg_duplicate.
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, kind, key, sum(n) AS n
FROM agg_duplicate
WHERE as_of <= $as_of::DATE AND starts_with(code, $region) AND insurance = $insurance
GROUP BY ALL
ORDER BY 1, 2, 3;
