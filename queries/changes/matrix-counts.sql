-- docs/spec/METRICS.md "Changes between two snapshots", the matrix as changes/matrix.sql gives it (ids placed
-- in region $region by class in A = $from and in B = $to for insurance $insurance, per child prefix of
-- length $child_len), read from the load-time counts of the pair (agg_change: queries/aggregate/change-counts.sql).
SELECT
	CASE WHEN $child_len > 0 AND length(code) >= $child_len THEN left(code, $child_len) ELSE '' END AS child,
	CASE ka WHEN 3 THEN 'insured' WHEN 2 THEN 'uninsured' WHEN 1 THEN 'excluded' WHEN 0 THEN 'other' ELSE 'absent' END AS class_a,
	CASE kb WHEN 3 THEN 'insured' WHEN 2 THEN 'uninsured' WHEN 1 THEN 'excluded' WHEN 0 THEN 'other' ELSE 'absent' END AS class_b,
	sum(n)::BIGINT AS n
FROM agg_change
WHERE as_of = $to::DATE AND prev = $from::DATE AND insurance = $insurance AND starts_with(code, $region)
GROUP BY ALL
ORDER BY ALL;
