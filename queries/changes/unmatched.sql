-- docs/spec/METRICS.md "Changes between two snapshots", unmatched_a / unmatched_b: persons rows of $region with a
-- blank or invalid AAC002 in A and in B, each placed by its own AAB301 (agg_id_unmatched), per child
-- prefix of length $child_len (as queries/changes/matrix.sql).
SELECT CASE WHEN $child_len > 0 AND length(code) >= $child_len THEN left(code, $child_len) ELSE '' END AS child,
	CASE WHEN as_of = $from::DATE THEN 'a' ELSE 'b' END AS side, sum(n) AS n
FROM agg_id_unmatched
WHERE as_of IN ($from::DATE, $to::DATE) AND starts_with(code, $region)
GROUP BY ALL
ORDER BY ALL;
