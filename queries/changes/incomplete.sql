-- 未参全 (issue 17): ids of snapshot $to placed in $region that are 应参未参 in insurance $insurance
-- (class uninsured: a 91/92/94 row, so the insurance applies to them, and no insured row) but insured in
-- another insurance — from the per-id summary (agg_id_class; 3 insured, 2 uninsured), per child prefix of
-- length $child_len (as queries/changes/matrix.sql).
SELECT CASE WHEN $child_len > 0 AND length(code) >= $child_len THEN left(code, $child_len) ELSE '' END AS child,
	count(*) AS n
FROM agg_id_class
WHERE as_of = $to::DATE AND starts_with(code, $region)
	AND of_insurance($insurance, c1, c2, c3, c4, c5) = 2
	AND greatest(c1, c2, c3, c4, c5) = 3
GROUP BY ALL
ORDER BY ALL;
