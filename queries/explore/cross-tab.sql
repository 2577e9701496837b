-- The planner's cross-tab (docs/spec/METRICS.md "Expansion groups (扩面重点人群)"): 应参未参 persons rows of the region
-- $region in snapshot $as_of for insurance $insurance ('1'…'5'), optionally only those in the presets $group
-- (docs/spec/METRICS.md keys, comma-separated: a row in any of them, counted once — each cube row is one
-- combination of groups; '' = every 应参未参 row), cut by the dimensions $rows and $cols (whitelisted keys of
-- src/lib/server/explore/dimensions.ts) and filtered by one value per dimension ('' = no filter).
-- From agg_cube (queries/aggregate/group-cube.sql): no persons rows are read. 'region' cuts by the child
-- prefix of length $child_len.
WITH cut AS (
	SELECT *,
		CASE $rows WHEN 'region' THEN left(code, $child_len) WHEN 'age_band' THEN age_band WHEN 'sex' THEN sex
			WHEN 'hukou' THEN hukou WHEN 'identity' THEN identity WHEN 'employment' THEN employment
			WHEN 'unit_type' THEN unit_type WHEN 'status' THEN status END AS r,
		CASE $cols WHEN 'region' THEN left(code, $child_len) WHEN 'age_band' THEN age_band WHEN 'sex' THEN sex
			WHEN 'hukou' THEN hukou WHEN 'identity' THEN identity WHEN 'employment' THEN employment
			WHEN 'unit_type' THEN unit_type WHEN 'status' THEN status END AS c
	FROM agg_cube
	WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND insurance = $insurance
		-- $own_len > 0: only the region's 本级 row (as queries/persons/group-members.sql)
		AND ($own_len = 0 OR length(code) < $own_len OR left(code, $own_len) NOT IN (
			SELECT r.code FROM regions r WHERE starts_with(r.code, $region) AND length(r.code) = $own_len))
		AND ($group = '' OR list_has_any(groups, string_split($group, ',')))
		AND ($age_band = '' OR age_band = $age_band) AND ($sex = '' OR sex = $sex)
		AND ($hukou = '' OR hukou = $hukou) AND ($identity = '' OR identity = $identity)
		AND ($employment = '' OR employment = $employment) AND ($unit_type = '' OR unit_type = $unit_type)
		AND ($status = '' OR status = $status)
)
SELECT r, c, sum(n) AS n FROM cut GROUP BY ALL ORDER BY r NULLS LAST, c NULLS LAST;
