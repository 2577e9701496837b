-- docs/spec/METRICS.md "Changes between two snapshots": the per-id summary of one snapshot, written at load so
-- that changes are computed from two summaries, never by rescanning persons. One row per normalised
-- valid id (a persons row whose AAC002 is a valid 18- or 15-digit number; Identity), with
--   code     its placement: the lowest non-blank AAB301 of its rows, the scope when all are blank
--   c1 … c5  its class per insurance (1 pension … 5 maternity) over all its rows:
--            3 insured (an enrolled code of i, 81 or 82), 2 uninsured (91, 92, 94), 1 excluded (93, 95),
--            0 other — the highest wins, so "insured if any row …, else uninsured if any …" is max().
-- An id absent from a snapshot has no row there. Whether and where an id counts in i.duplicate_enrolled
-- is agg_duplicate_person (queries/aggregate/duplicate-persons.sql), which covers any non-blank id.
-- An id on a single persons row (nearly every id: persons.dq_id_duplicate false, queries/load/persons.sql)
-- is its own summary, so only the ids of several rows are grouped (a GROUP BY of every id cost about a
-- tenth of the aggregate steps at 1M).
INSERT INTO agg_id_class
WITH rows AS (
	SELECT id, aab301, dq_id_duplicate,
		CASE WHEN aic003 IN ('11', '12', '13', '14', '15', '81', '82') THEN 3 WHEN aic003 IN ('91', '92', '94') THEN 2
			WHEN aic003 IN ('93', '95') THEN 1 ELSE 0 END AS k1,
		CASE WHEN akc003 IN ('21', '22', '23', '24', '25', '26', '27', '81', '82') THEN 3 WHEN akc003 IN ('91', '92', '94') THEN 2
			WHEN akc003 IN ('93', '95') THEN 1 ELSE 0 END AS k2,
		CASE WHEN alc003 IN ('30', '81', '82') THEN 3 WHEN alc003 IN ('91', '92', '94') THEN 2
			WHEN alc003 IN ('93', '95') THEN 1 ELSE 0 END AS k3,
		CASE WHEN ajc003 IN ('40', '81', '82') THEN 3 WHEN ajc003 IN ('91', '92', '94') THEN 2
			WHEN ajc003 IN ('93', '95') THEN 1 ELSE 0 END AS k4,
		CASE WHEN amc003 IN ('50', '81', '82') THEN 3 WHEN amc003 IN ('91', '92', '94') THEN 2
			WHEN amc003 IN ('93', '95') THEN 1 ELSE 0 END AS k5
	FROM persons
	WHERE as_of = $as_of::DATE AND id_kind IN ('valid18', 'valid15')
)
SELECT $as_of::DATE AS as_of, id, coalesce(aab301, $scope) AS code,
	k1::UTINYINT AS c1, k2::UTINYINT AS c2, k3::UTINYINT AS c3, k4::UTINYINT AS c4, k5::UTINYINT AS c5
FROM rows
WHERE NOT dq_id_duplicate
UNION ALL
SELECT $as_of::DATE AS as_of, id, coalesce(min(aab301), $scope) AS code,
	max(k1)::UTINYINT AS c1, max(k2)::UTINYINT AS c2, max(k3)::UTINYINT AS c3, max(k4)::UTINYINT AS c4,
	max(k5)::UTINYINT AS c5
FROM rows
WHERE dq_id_duplicate
GROUP BY id;
