-- docs/spec/METRICS.md "Duplicates": duplicate_enrolled, duplicate_benefit, duplicate_pairs and duplicate_span
-- per insurance for the region $region in snapshot $as_of, by child prefix of length $child_len.
SELECT left(code, $child_len) AS child, insurance, kind, key, sum(n) AS n
FROM agg_duplicate
WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND length(code) >= $child_len
GROUP BY ALL;
