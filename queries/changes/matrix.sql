-- docs/spec/METRICS.md "Changes between two snapshots", the matrix: the ids placed in region $region (the id's
-- code in B, in A when absent from B) counted by class in A and class in B for insurance $insurance
-- ('1' … '5'), per child prefix of length $child_len (child '' when the code is shorter or there is no
-- child level, $child_len = 0). Read from the per-id summaries (agg_id_class), never from persons.
WITH a AS (
	SELECT id, code, of_insurance($insurance, c1, c2, c3, c4, c5) AS k
	FROM agg_id_class WHERE as_of = $from::DATE
),
b AS (
	SELECT id, code, of_insurance($insurance, c1, c2, c3, c4, c5) AS k
	FROM agg_id_class WHERE as_of = $to::DATE
),
joined AS (
	SELECT coalesce(b.code, a.code) AS code, a.k AS ka, b.k AS kb
	FROM a FULL OUTER JOIN b ON a.id = b.id
)
SELECT
	CASE WHEN $child_len > 0 AND length(code) >= $child_len THEN left(code, $child_len) ELSE '' END AS child,
	CASE ka WHEN 3 THEN 'insured' WHEN 2 THEN 'uninsured' WHEN 1 THEN 'excluded' WHEN 0 THEN 'other' ELSE 'absent' END AS class_a,
	CASE kb WHEN 3 THEN 'insured' WHEN 2 THEN 'uninsured' WHEN 1 THEN 'excluded' WHEN 0 THEN 'other' ELSE 'absent' END AS class_b,
	count(*) AS n
FROM joined
WHERE starts_with(code, $region)
GROUP BY ALL
ORDER BY ALL;
