-- METRICS.md trend / delta / projection: persons rows per insurance and status code for the region
-- $region in every snapshot at or before $as_of ("a view as of a date never uses later data").
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, insurance, status, sum(n) AS n
FROM agg_status
WHERE as_of <= $as_of::DATE AND starts_with(code, $region)
GROUP BY ALL
ORDER BY 1;
