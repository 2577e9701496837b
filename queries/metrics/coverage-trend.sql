-- docs/spec/METRICS.md trend / delta / projection: persons rows per insurance and status code for every
-- region of code length $len inside $region (the region itself when $len is its own length, its children
-- or any level further down otherwise), in every snapshot at or before $as_of ("a view as of a date never
-- uses later data"); $insurance ('1'…'5') keeps one scheme, '' keeps all. The rows of that level of the
-- rollup (queries/aggregate/status-rollup.sql) under the region. The one trend query (issue 13): 总览's
-- line, the engine's delta and projection, and the children's projections all read it.
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, code, insurance, status, sum(n) AS n
FROM agg_status_level
WHERE as_of <= $as_of::DATE AND level_len = $len AND starts_with(code, $region)
	-- the same codes (none is longer than 12), as a range DuckDB's zone maps can skip row groups with
	AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
	AND ($insurance = '' OR insurance = $insurance)
GROUP BY ALL
ORDER BY 1;
