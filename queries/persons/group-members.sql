-- docs/spec/METRICS.md "Expansion groups (扩面重点人群)": the persons rows behind the explorer — 应参未参 rows
-- (status_uninsured: 91, 92, 94 for insurance $insurance) of the region $region in snapshot $as_of, in
-- the presets $group when not '' (comma-separated: a row in any of them, once; expansion_groups macro, the
-- rule of agg_group and agg_cube), with the same
-- one-value filters as queries/explore/cross-tab.sql. One page: LIMIT $limit OFFSET $offset.
-- For home visits each row also carries 常住地址, 户口所在地, 家庭编号, the employer's name (first units.csv
-- row of its 单位编号) and the reference name of its region code.
WITH page AS (
SELECT line_no, aac003, aac002, aac004, birth, age_band, code, aae005, aab001, aac009, aac012, employment,
	unit_type, status, aae006, aac010, aab402
FROM (
	SELECT *, CASE $insurance WHEN '1' THEN aic003 WHEN '2' THEN akc003 WHEN '3' THEN alc003
		WHEN '4' THEN ajc003 WHEN '5' THEN amc003 END AS status
	FROM persons
	WHERE as_of = $as_of::DATE AND starts_with(code, $region)
		-- $own_len > 0: only the region's 本级 row (docs/spec/METRICS.md): codes shorter than the child level or
		-- whose child-level prefix has no reference name
		AND ($own_len = 0 OR length(code) < $own_len OR left(code, $own_len) NOT IN (
			SELECT r.code FROM regions r WHERE starts_with(r.code, $region) AND length(r.code) = $own_len))
)
WHERE status_uninsured(status)
	AND ($group = '' OR list_has_any(expansion_groups(status, employment, aac012, aac009, hj_local, unit_small, unit_high_risk), string_split($group, ',')))
	AND ($age_band = '' OR age_band = $age_band) AND ($sex = '' OR aac004 = $sex)
	AND ($hukou = '' OR aac009 = $hukou) AND ($identity = '' OR aac012 = $identity)
	AND ($employment = '' OR employment = $employment) AND ($unit_type = '' OR unit_type = $unit_type)
	AND ($status = '' OR status = $status)
ORDER BY code, line_no
LIMIT $limit OFFSET $offset
),
unit AS (
	SELECT aab001, arg_min(aab004, line_no) AS unit_name FROM units
	WHERE as_of = $as_of::DATE AND aab001 IN (SELECT aab001 FROM page WHERE aab001 IS NOT NULL)
	GROUP BY aab001
),
place AS (SELECT code, any_value(name) AS place FROM regions WHERE code IN (SELECT code FROM page) GROUP BY code)
SELECT page.*, unit.unit_name, place.place
FROM page LEFT JOIN unit USING (aab001) LEFT JOIN place USING (code)
ORDER BY code, line_no;
