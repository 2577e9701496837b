-- METRICS.md "Expansion groups" (i.groups) by region level: agg_group (group-counts.sql) summed for
-- every level length L (2, 4, 6, 9, 12) over the codes of length >= L, grouped by left(code, L) — what
-- `starts_with(code, $region) AND length(code) >= L GROUP BY left(code, L)` gives, precomputed.
INSERT INTO agg_group_level
SELECT as_of, level_len, left(code, level_len) AS code, insurance, grp, sum(n) AS n
FROM agg_group CROSS JOIN (VALUES (2), (4), (6), (9), (12)) AS levels(level_len)
WHERE as_of = $as_of::DATE AND length(code) >= level_len
GROUP BY ALL
ORDER BY level_len, code, insurance, grp;
