-- docs/spec/METRICS.md "Changes between two snapshots", the transition matrix written at load for the default
-- comparison (a snapshot and the loaded snapshot before it), so that page views read a few rows instead of
-- joining two per-id summaries: per later snapshot `as_of`, earlier snapshot `prev`, placement code (the
-- id's code in the later snapshot, in the earlier one when absent from it), insurance ('1' … '5') and
-- class in each (ka, kb: 3 insured, 2 uninsured, 1 excluded, 0 other, NULL absent) the number of ids,
-- from agg_id_class (queries/aggregate/id-summary.sql). Run after the snapshot $as_of's summary: it writes
-- the pair (snapshot before $as_of, $as_of) and, when a later snapshot is loaded already, the pair
-- ($as_of, next), replacing that one (its snapshot before is now $as_of, or $as_of was loaded again).
-- The snapshot $as_of itself is not yet in `snapshots`. Readers use a pair's rows only when they exist
-- for exactly the two snapshots asked (queries/changes/matrix-ready.sql); any other pair is joined.
DELETE FROM agg_change WHERE as_of = (SELECT min(as_of) FROM snapshots WHERE as_of > $as_of::DATE);
INSERT INTO agg_change
WITH pairs AS (
	SELECT * FROM (VALUES
		((SELECT max(as_of) FROM snapshots WHERE as_of < $as_of::DATE), $as_of::DATE),
		($as_of::DATE, (SELECT min(as_of) FROM snapshots WHERE as_of > $as_of::DATE))
	) AS p(a_date, b_date)
	WHERE a_date IS NOT NULL AND b_date IS NOT NULL
),
a AS (SELECT p.b_date AS pair, s.id, s.code, s.c1, s.c2, s.c3, s.c4, s.c5 FROM agg_id_class s JOIN pairs p ON s.as_of = p.a_date),
b AS (SELECT p.b_date AS pair, s.id, s.code, s.c1, s.c2, s.c3, s.c4, s.c5 FROM agg_id_class s JOIN pairs p ON s.as_of = p.b_date),
joined AS (
	SELECT coalesce(b.pair, a.pair) AS pair, coalesce(b.code, a.code) AS code,
		a.c1 AS a1, a.c2 AS a2, a.c3 AS a3, a.c4 AS a4, a.c5 AS a5, b.c1 AS b1, b.c2 AS b2, b.c3 AS b3, b.c4 AS b4, b.c5 AS b5
	FROM a FULL OUTER JOIN b ON a.pair = b.pair AND a.id = b.id
)
SELECT j.pair AS as_of, p.a_date AS prev, j.code, i.insurance,
	of_insurance(i.insurance, a1, a2, a3, a4, a5) AS ka, of_insurance(i.insurance, b1, b2, b3, b4, b5) AS kb, count(*) AS n
FROM joined j JOIN pairs p ON p.b_date = j.pair CROSS JOIN (VALUES ('1'), ('2'), ('3'), ('4'), ('5')) AS i(insurance)
GROUP BY ALL;
