-- docs/spec/METRICS.md trend / delta / projection: persons rows per insurance and status code for the region
-- $region in every snapshot at or before $as_of ("a view as of a date never uses later data"). The
-- region's own rows of the level rollup (queries/aggregate/status-rollup.sql), a few per snapshot.
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, insurance, status, sum(n) AS n
FROM agg_status_level
WHERE as_of <= $as_of::DATE AND level_len = length($region) AND code = $region
GROUP BY ALL
ORDER BY 1;
