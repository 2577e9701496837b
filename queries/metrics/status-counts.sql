-- persons rows per insurance and 参保状态 code for the region $region in snapshot $as_of, by child prefix
-- of length $child_len: the inputs of METRICS.md "Coverage" (insured_local, insured_elsewhere, …).
SELECT left(code, $child_len) AS child, insurance, status, sum(n) AS n
FROM agg_status
WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND length(code) >= $child_len
GROUP BY ALL;
