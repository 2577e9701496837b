-- docs/spec/METRICS.md "The quarterly report", the 本级 row's column 1 (huji_population): population.csv rows of the
-- region $region in snapshot $as_of that reach no reference child of length $child_len — a code shorter
-- than the child level, or one whose child-level prefix has no reference name. NULL when no row lies there.
SELECT sum(p.value) AS huji_population
FROM population p
WHERE p.as_of = $as_of::DATE AND starts_with(p.aab301, $region)
	AND (length(p.aab301) < $child_len
		OR NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = left(p.aab301, $child_len)));
