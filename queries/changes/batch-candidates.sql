-- docs/spec/METRICS.md "Changes between two snapshots" (a dispatched list): the ids a 扩面 list of region $region
-- sends down for insurance $insurance ('1' … '5') from snapshot $as_of — valid normalised ids (Identity;
-- blank or invalid numbers cannot be followed) whose class there is uninsured (agg_id_class: no row
-- insured) and placed in $region, with an 应参未参 row (91, 92, 94) in $region, in expansion group $group
-- when not '' (the expansion_groups rule of docs/spec/METRICS.md "Expansion groups"). Each id's receiving region
-- is the reference child (length $child_len) its placement code reaches, else $region itself (本级);
-- aab001 is the 单位 of its first such row.
WITH rows AS (
	SELECT id, line_no, aab001
	FROM (
		SELECT *, of_insurance($insurance, aic003, akc003, alc003, ajc003, amc003) AS status
		FROM persons
		WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND id_kind IN ('valid18', 'valid15')
	)
	WHERE status_uninsured(status)
		AND ($group = '' OR list_contains(expansion_groups(status, employment, aac012, aac009, hj_local, unit_small, unit_high_risk), $group))
),
cand AS (SELECT id, arg_min(aab001, line_no) AS aab001 FROM rows GROUP BY id),
placed AS (
	SELECT c.id, s.code, c.aab001
	FROM cand c JOIN agg_id_class s ON s.as_of = $as_of::DATE AND s.id = c.id
	WHERE starts_with(s.code, $region)
		AND of_insurance($insurance, s.c1, s.c2, s.c3, s.c4, s.c5) = 2
)
SELECT id, code, aab001,
	CASE WHEN $child_len > 0 AND length(code) >= $child_len
		AND left(code, $child_len) IN (SELECT code FROM regions WHERE length(code) = $child_len)
		THEN left(code, $child_len) ELSE $region END AS receiver
FROM placed
ORDER BY receiver, code, id;
