-- Child codes (prefix length $child_len) of the region $region that occur in snapshot $as_of's data,
-- including codes with no reference name such as 520302000 (docs/spec/METRICS.md report rows). Persons codes come
-- from agg_person's level rollup (queries/aggregate/person-rollup.sql): its codes at level $child_len are
-- exactly the prefixes of length $child_len of agg_person's codes.
SELECT DISTINCT child FROM (
	SELECT code AS child FROM agg_person_level
	WHERE as_of = $as_of::DATE AND level_len = $child_len AND starts_with(code, $region)
		-- the same codes (none is longer than 12), as a range DuckDB's zone maps can skip row groups with
		AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
	UNION ALL
	SELECT left(code, $child_len) FROM (
		SELECT code FROM agg_duplicate WHERE as_of = $as_of::DATE
		UNION ALL SELECT aab301 FROM population WHERE as_of = $as_of::DATE
	)
	WHERE starts_with(code, $region) AND length(code) >= $child_len
);
