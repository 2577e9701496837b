-- The employer list of 稽核 (docs/spec/METRICS.md "Expansion groups": 单位未予参保 "the page lists them by
-- employer (AAB001), for 稽核"), from agg_unit (queries/aggregate/unit-counts.sql): one row per employer of the
-- region $region (it lies where its code lies: its units.csv AAB301) in snapshot $as_of, all five insurances
-- in one row, for the employers that are flagged in that snapshot:
--   flagged       some insurance has staff marked 92 (i.uninsured_unit) or fewer insured staff
--                 (i.insured_local of the employer's persons rows) than its units.csv headcount;
--   to_correct    Σ over the insurances of the larger of its 92 staff and its shortfall (headcount − insured):
--                 the person-insurances the employer has to put right (a 92 person is also not insured, so
--                 the two are not added);
--   streak        how many loaded snapshots up to $as_of in a row the employer was flagged (1: this one only;
--                 2: the previous one too), counted back from $as_of; a snapshot without the employer breaks it.
-- $repeat = true keeps the repeat offenders only (streak ≥ 2). Worst first: to_correct, then streak, then code.
-- One page: LIMIT $limit OFFSET $offset; `matching` is how many employers the list has in all.
WITH now AS (
	SELECT aab001, any_value(code) AS code, any_value(name) AS name, any_value(unit_type) AS unit_type,
		any_value(headcount) AS headcount, max(persons) AS persons,
		max(insured) FILTER (insurance = '1') AS insured_1, max(insured) FILTER (insurance = '2') AS insured_2,
		max(insured) FILTER (insurance = '3') AS insured_3, max(insured) FILTER (insurance = '4') AS insured_4,
		max(insured) FILTER (insurance = '5') AS insured_5,
		max(unit_not_enrolled) FILTER (insurance = '1') AS not_enrolled_1, max(unit_not_enrolled) FILTER (insurance = '2') AS not_enrolled_2,
		max(unit_not_enrolled) FILTER (insurance = '3') AS not_enrolled_3, max(unit_not_enrolled) FILTER (insurance = '4') AS not_enrolled_4,
		max(unit_not_enrolled) FILTER (insurance = '5') AS not_enrolled_5,
		sum(greatest(unit_not_enrolled, coalesce(headcount - insured, 0))) AS to_correct
	FROM agg_unit
	WHERE as_of = $as_of::DATE AND starts_with(code, $region)
	GROUP BY aab001
	HAVING bool_or(unit_not_enrolled > 0 OR insured < headcount)
),
dates AS (
	SELECT as_of, row_number() OVER (ORDER BY as_of DESC) AS back FROM snapshots WHERE as_of <= $as_of::DATE
),
flags AS (
	SELECT as_of, aab001, bool_or(unit_not_enrolled > 0 OR insured < headcount) AS flagged
	FROM agg_unit
	WHERE as_of < $as_of::DATE AND aab001 IN (SELECT aab001 FROM now)
	GROUP BY as_of, aab001
),
streaks AS (
	-- the first snapshot back from $as_of where the employer was not flagged (or absent), less one
	SELECT n.aab001, coalesce(min(d.back) FILTER (WHERE d.back > 1 AND NOT coalesce(f.flagged, false)), (SELECT count(*) FROM dates) + 1) - 1 AS streak
	FROM now n CROSS JOIN dates d LEFT JOIN flags f ON f.aab001 = n.aab001 AND f.as_of = d.as_of
	GROUP BY n.aab001
),
page AS (
	SELECT now.*, s.streak, count(*) OVER () AS matching
	FROM now JOIN streaks s USING (aab001)
	WHERE NOT $repeat::BOOLEAN OR s.streak >= 2
	ORDER BY to_correct DESC, s.streak DESC, aab001
	LIMIT $limit OFFSET $offset
)
SELECT page.*, r.name AS place
FROM page LEFT JOIN regions r ON r.code = page.code
ORDER BY to_correct DESC, streak DESC, aab001;
