-- docs/spec/METRICS.md enrolment_unmatched: enrolment ids with no persons row placed in $region (agg_unmatched,
-- queries/aggregate/unmatched-enrolments.sql), with the enrolments' schemes. One page. For home visits
-- (issue 16) the 单位编号 of the id's first enrolment, its name and the region code's reference name (these
-- ids have no persons row, so no address, 户口所在地 or household).
WITH page AS (
	SELECT code, id, aac003, aac002, line_no, enrolments, schemes
	FROM agg_unmatched
	WHERE as_of = $as_of::DATE AND starts_with(code, $region)
	ORDER BY code, line_no
	LIMIT $limit OFFSET $offset
),
enrolment_unit AS (
	SELECT id, arg_min(aab001, line_no) AS aab001 FROM enrolments
	WHERE as_of = $as_of::DATE AND aab001 IS NOT NULL AND id IN (SELECT id FROM page)
	GROUP BY id
),
unit AS (
	SELECT aab001, arg_min(aab004, line_no) AS unit_name FROM units
	WHERE as_of = $as_of::DATE AND aab001 IN (SELECT aab001 FROM enrolment_unit)
	GROUP BY aab001
),
place AS (SELECT code, any_value(name) AS place FROM regions WHERE code IN (SELECT code FROM page) GROUP BY code)
SELECT page.*, eu.aab001, u.unit_name, pl.place
FROM page LEFT JOIN enrolment_unit eu USING (id) LEFT JOIN unit u USING (aab001) LEFT JOIN place pl USING (code)
ORDER BY page.code, page.line_no;
