-- The planner's cross-tab below township level (issue 16: "the cross-tab stops at 乡镇"): the same counts as
-- queries/explore/cross-tab.sql, for a township or a village $region, read from its persons rows instead of
-- agg_cube (whose codes stop at townships), so a region cut lists the villages (child prefix $child_len,
-- 12). A township holds a few thousand persons rows; the code range reads only them. Same rule as the cube:
-- 应参未参 (status_uninsured) for insurance $insurance, the presets $group (comma-separated, a row in any of
-- them, once; expansion_groups macro), one value per filter.
WITH rows AS (
	SELECT code, age_band, aac004 AS sex, aac009 AS hukou, aac012 AS identity, employment, unit_type,
		CASE $insurance WHEN '1' THEN aic003 WHEN '2' THEN akc003 WHEN '3' THEN alc003
			WHEN '4' THEN ajc003 WHEN '5' THEN amc003 END AS status,
		hj_local, unit_small, unit_high_risk
	FROM persons
	WHERE as_of = $as_of::DATE AND starts_with(code, $region)
		AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
		AND ($own_len = 0 OR length(code) < $own_len OR left(code, $own_len) NOT IN (
			SELECT r.code FROM regions r WHERE starts_with(r.code, $region) AND length(r.code) = $own_len))
),
cut AS (
	SELECT *,
		CASE $rows WHEN 'region' THEN left(code, $child_len) WHEN 'age_band' THEN age_band WHEN 'sex' THEN sex
			WHEN 'hukou' THEN hukou WHEN 'identity' THEN identity WHEN 'employment' THEN employment
			WHEN 'unit_type' THEN unit_type WHEN 'status' THEN status END AS r,
		CASE $cols WHEN 'region' THEN left(code, $child_len) WHEN 'age_band' THEN age_band WHEN 'sex' THEN sex
			WHEN 'hukou' THEN hukou WHEN 'identity' THEN identity WHEN 'employment' THEN employment
			WHEN 'unit_type' THEN unit_type WHEN 'status' THEN status END AS c
	FROM rows
	WHERE status_uninsured(status)
		AND ($group = '' OR list_has_any(expansion_groups(status, employment, identity, hukou, hj_local, unit_small, unit_high_risk), string_split($group, ',')))
		AND ($age_band = '' OR age_band = $age_band) AND ($sex = '' OR sex = $sex)
		AND ($hukou = '' OR hukou = $hukou) AND ($identity = '' OR identity = $identity)
		AND ($employment = '' OR employment = $employment) AND ($unit_type = '' OR unit_type = $unit_type)
		AND ($status = '' OR status = $status)
)
SELECT r, c, count(*) AS n FROM cut GROUP BY ALL ORDER BY r NULLS LAST, c NULLS LAST;
