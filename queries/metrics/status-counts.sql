-- docs/spec/METRICS.md "Coverage" inputs for the region $region in snapshot $as_of, by child prefix of length
-- $child_len (a region level: 2, 4, 6, 9 or 12; the region's own length gives the region itself):
-- persons rows per insurance summed by status class (one row per child and insurance). Read from the
-- level rollup (queries/aggregate/status-rollup.sql): the rows of that level under the region.
SELECT code AS child, insurance,
	coalesce(sum(n) FILTER (WHERE status_enrolled(insurance, status)), 0) AS insured_local,
	coalesce(sum(n) FILTER (WHERE status IN ('81', '82')), 0) AS insured_elsewhere,
	coalesce(sum(n) FILTER (WHERE status = '91'), 0) AS uninsured_individual,
	coalesce(sum(n) FILTER (WHERE status = '92'), 0) AS uninsured_unit,
	coalesce(sum(n) FILTER (WHERE status = '94'), 0) AS interrupted,
	coalesce(sum(n) FILTER (WHERE status IN ('93', '95')), 0) AS excluded
FROM agg_status_level
WHERE as_of = $as_of::DATE AND level_len = $child_len AND starts_with(code, $region)
	-- the same codes (none is longer than 12), as a range DuckDB's zone maps can skip row groups with
	AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
GROUP BY ALL;
