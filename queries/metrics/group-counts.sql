-- docs/spec/METRICS.md "Expansion groups": 应参未参 persons rows per insurance and preset, by child prefix of
-- length $child_len (a region level; one row per child and insurance, a column per preset). Read from
-- the level rollup (queries/aggregate/group-rollup.sql): the rows of that level under the region.
SELECT code AS child, insurance,
	coalesce(sum(n) FILTER (WHERE grp = 'sme'), 0) AS sme,
	coalesce(sum(n) FILTER (WHERE grp = 'flexible'), 0) AS flexible,
	coalesce(sum(n) FILTER (WHERE grp = 'migrant'), 0) AS migrant,
	coalesce(sum(n) FILTER (WHERE grp = 'mobile'), 0) AS mobile,
	coalesce(sum(n) FILTER (WHERE grp = 'unemployed'), 0) AS unemployed,
	coalesce(sum(n) FILTER (WHERE grp = 'farmer'), 0) AS farmer,
	coalesce(sum(n) FILTER (WHERE grp = 'high_risk'), 0) AS high_risk,
	coalesce(sum(n) FILTER (WHERE grp = 'unit_not_enrolled'), 0) AS unit_not_enrolled
FROM agg_group_level
WHERE as_of = $as_of::DATE AND level_len = $child_len AND starts_with(code, $region)
	-- the same codes (none is longer than 12), as a range DuckDB's zone maps can skip row groups with
	AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
GROUP BY ALL;
