-- METRICS.md "Expansion groups": 应参未参 persons rows per insurance and preset, by child prefix.
SELECT left(code, $child_len) AS child, insurance, grp, sum(n) AS n
FROM agg_group
WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND length(code) >= $child_len
GROUP BY ALL;
