-- METRICS.md trend / projection per child: persons rows per status code of insurance $insurance
-- (scheme digit '1'…'5') for every region of code length $len inside $region, in every snapshot at
-- or before $as_of (a view as of a date never uses later data).
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, left(code, $len) AS child, status, sum(n) AS n
FROM agg_status
WHERE as_of <= $as_of::DATE AND starts_with(code, $region) AND length(code) >= $len AND insurance = $insurance
GROUP BY ALL
ORDER BY 1;
