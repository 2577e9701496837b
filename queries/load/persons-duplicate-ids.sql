-- METRICS.md id_duplicate: persons rows sharing a (non-blank, normalised) id with another persons row;
-- every such row is flagged.
UPDATE persons SET dq_id_duplicate = true
WHERE as_of = $as_of::DATE
	AND id IN (SELECT id FROM persons WHERE as_of = $as_of::DATE AND id IS NOT NULL GROUP BY id HAVING count(*) > 1);
