-- docs/spec/METRICS.md "Changes between two snapshots", duplicates_cleared / duplicates_new: ids counted in
-- $region's i.duplicate_enrolled in one snapshot (placed as Duplicates places them: agg_duplicate_person)
-- and in no region's in the other, per child prefix of length $child_len (as queries/changes/matrix.sql).
WITH a AS (SELECT id, code FROM agg_duplicate_person WHERE as_of = $from::DATE AND insurance = $insurance),
b AS (SELECT id, code FROM agg_duplicate_person WHERE as_of = $to::DATE AND insurance = $insurance),
moved AS (
	SELECT 'cleared' AS kind, code FROM a WHERE starts_with(code, $region) AND id NOT IN (SELECT id FROM b)
	UNION ALL
	SELECT 'new' AS kind, code FROM b WHERE starts_with(code, $region) AND id NOT IN (SELECT id FROM a)
)
SELECT CASE WHEN $child_len > 0 AND length(code) >= $child_len THEN left(code, $child_len) ELSE '' END AS child,
	kind, count(*) AS n
FROM moved
GROUP BY ALL
ORDER BY ALL;
