-- The reference names of a region and its ancestors (for breadcrumbs): 520328101 → 52, 5203, 520328, 520328101.
SELECT code, name, level FROM regions
WHERE code IN (left($region, 2), left($region, 4), left($region, 6), left($region, 9), $region)
	AND length(code) <= length($region)
ORDER BY length(code);
