-- Child codes (prefix length $child_len) of the region $region that occur in snapshot $as_of's data,
-- including codes with no reference name such as 520302000 (METRICS.md report rows).
SELECT DISTINCT left(code, $child_len) AS child FROM (
	SELECT code FROM agg_person WHERE as_of = $as_of::DATE
	UNION ALL SELECT code FROM agg_duplicate WHERE as_of = $as_of::DATE
	UNION ALL SELECT aab301 FROM population WHERE as_of = $as_of::DATE
)
WHERE starts_with(code, $region) AND length(code) >= $child_len;
