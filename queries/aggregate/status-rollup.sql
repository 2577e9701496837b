-- METRICS.md "Coverage" (i.insured_local, i.uninsured …, and the trend, delta and projection over
-- snapshots) by region level: agg_status (status-counts.sql) summed for every level length L (2, 4, 6,
-- 9, 12) over the codes of length >= L, grouped by left(code, L) — exactly what
-- `starts_with(code, $region) AND length(code) >= L GROUP BY left(code, L)` gives, precomputed. A code
-- shorter than L (a county-level 520302, a province-level scope) counts at L's parent levels only.
INSERT INTO agg_status_level
SELECT as_of, level_len, left(code, level_len) AS code, insurance, status, sum(n) AS n
FROM agg_status CROSS JOIN (VALUES (2), (4), (6), (9), (12)) AS levels(level_len)
WHERE as_of = $as_of::DATE AND length(code) >= level_len
GROUP BY ALL
ORDER BY level_len, code, insurance, status;
