-- docs/spec/METRICS.md "Duplicates", the list for cleanup: persons with two or more active enrolments of insurance
-- $insurance placed in $region (agg_duplicate_person, queries/aggregate/duplicate-persons.sql). $kind
-- narrows it to one figure of the page: 'enrolled' (i.duplicate_enrolled), 'benefit' (i.duplicate_benefit:
-- two or more enrolments with status 4), 'pair' with $key e.g. '11+12' (i.duplicate_pairs), 'span' with
-- $key e.g. 'cross_county' (i.duplicate_span). One page: LIMIT $limit OFFSET $offset.
-- For home visits (issue 16) each row also carries 常住地址, 户口所在地, 家庭编号 and 单位编号 of the id's
-- first persons row in file order (the row the name and phone come from), the employer's
-- name (first units.csv row of its 单位编号) and the reference name of the region code.
WITH page AS (
	SELECT id, aac003, aac002, aae005, code, has_person, enrolments, benefit_rows, schemes, places, pairs, span
	FROM agg_duplicate_person
	WHERE as_of = $as_of::DATE AND insurance = $insurance AND starts_with(code, $region)
		AND CASE $kind WHEN 'benefit' THEN benefit_rows >= 2 WHEN 'pair' THEN list_contains(pairs, $key)
			WHEN 'span' THEN span = $key ELSE true END
	ORDER BY code, id
	LIMIT $limit OFFSET $offset
),
person AS (
	SELECT p.id, arg_min({'aae006': p.aae006, 'aac010': p.aac010, 'aab402': p.aab402, 'aab001': p.aab001, 'phone': p.aae005},
		p.line_no) AS home
	FROM persons p
	WHERE p.as_of = $as_of::DATE AND p.id IN (SELECT id FROM page)
	GROUP BY p.id
),
unit AS (
	SELECT aab001, arg_min(aab004, line_no) AS unit_name FROM units
	WHERE as_of = $as_of::DATE AND aab001 IN (SELECT home.aab001 FROM person WHERE home.aab001 IS NOT NULL)
	GROUP BY aab001
),
place AS (SELECT code, any_value(name) AS place FROM regions WHERE code IN (SELECT code FROM page) GROUP BY code)
SELECT page.*, person.home.aae006 AS aae006, person.home.aac010 AS aac010, person.home.aab402 AS aab402,
	person.home.aab001 AS aab001, coalesce(page.aae005, person.home.phone) AS phone, unit.unit_name, place.place
FROM page LEFT JOIN person USING (id) LEFT JOIN unit ON unit.aab001 = person.home.aab001 LEFT JOIN place USING (code)
ORDER BY page.code, page.id;
