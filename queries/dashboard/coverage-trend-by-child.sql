-- docs/spec/METRICS.md trend / projection per child: persons rows per status code of insurance $insurance
-- (scheme digit '1'…'5') for every region of code length $len inside $region, in every snapshot at
-- or before $as_of (a view as of a date never uses later data). $len is a region level (4, 6, 9, 12):
-- the rows of that level of the rollup (queries/aggregate/status-rollup.sql) under the region.
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, code AS child, status, sum(n) AS n
FROM agg_status_level
WHERE as_of <= $as_of::DATE AND level_len = $len AND starts_with(code, $region) AND insurance = $insurance
	-- the same codes (none is longer than 12), as a range DuckDB's zone maps can skip row groups with
	AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
GROUP BY ALL
ORDER BY 1;
