-- The same list as quality/unmatched-enrolments.sql computed from enrolments and persons directly, for a
-- snapshot loaded before agg_unmatched existed (slow at scale: reload the snapshot to precompute it).
WITH scope AS (SELECT any_value(scope) AS scope FROM snapshots WHERE as_of = $as_of::DATE),
unmatched AS (
	SELECT coalesce(min(e.aab301), any_value(s.scope)) AS code, e.id, arg_min(e.aac003, e.line_no) AS aac003,
		arg_min(e.aac002, e.line_no) AS aac002, min(e.line_no) AS line_no, count(*) AS enrolments,
		coalesce(list(DISTINCT e.scheme ORDER BY e.scheme) FILTER (e.scheme IS NOT NULL), []) AS schemes
	FROM enrolments e CROSS JOIN scope s
	WHERE e.as_of = $as_of::DATE AND e.id IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.as_of = $as_of::DATE AND p.id = e.id)
	GROUP BY e.id
)
SELECT * FROM unmatched
WHERE starts_with(code, $region)
ORDER BY code, line_no
LIMIT $limit OFFSET $offset;
