-- METRICS.md "Coverage" inputs for the region $region in snapshot $as_of, by child prefix of length
-- $child_len: persons rows per insurance summed by status class (one row per child and insurance).
SELECT left(code, $child_len) AS child, insurance,
	coalesce(sum(n) FILTER (WHERE status_enrolled(insurance, status)), 0) AS insured_local,
	coalesce(sum(n) FILTER (WHERE status IN ('81', '82')), 0) AS insured_elsewhere,
	coalesce(sum(n) FILTER (WHERE status = '91'), 0) AS uninsured_individual,
	coalesce(sum(n) FILTER (WHERE status = '92'), 0) AS uninsured_unit,
	coalesce(sum(n) FILTER (WHERE status = '94'), 0) AS interrupted,
	coalesce(sum(n) FILTER (WHERE status IN ('93', '95')), 0) AS excluded
FROM agg_status
WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND length(code) >= $child_len
GROUP BY ALL;
