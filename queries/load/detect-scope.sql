-- docs/spec/METRICS.md: without a manifest scope, the scope is the province (first 2 digits) that most persons
-- rows' AAB301 share; a tie goes to the smaller code.
SELECT left(clean(aab301), 2) AS scope, count(*) AS n
FROM stg_persons
WHERE regexp_full_match(clean(aab301), '[0-9]{2}.*')
GROUP BY 1
ORDER BY n DESC, scope ASC
LIMIT 1;
