-- The same list as duplicates/persons.sql computed from enrolments and persons directly, for a snapshot
-- loaded before agg_duplicate_person existed (slow at scale: reload the snapshot to precompute it).
-- Placement and figures as queries/aggregate/duplicate-persons.sql. One page.
WITH scope AS (SELECT any_value(scope) AS scope FROM snapshots WHERE as_of = $as_of::DATE),
act AS (
	SELECT id, line_no, scheme, aab301, status
	FROM enrolments WHERE as_of = $as_of::DATE AND id IS NOT NULL AND active AND insurance = $insurance
),
dup AS (
	SELECT id, count(*) AS enrolments, list(scheme ORDER BY scheme) AS schemes,
		list(DISTINCT aab301 ORDER BY aab301) FILTER (aab301 IS NOT NULL) AS places,
		CASE WHEN count(DISTINCT left(aab301, 2)) > 1 THEN 'cross_province'
			WHEN count(DISTINCT left(aab301, 4)) > 1 THEN 'cross_prefecture'
			WHEN count(DISTINCT left(aab301, 6)) > 1 THEN 'cross_county'
			ELSE 'same_county' END AS span
	FROM act GROUP BY id HAVING count(*) >= 2
),
benefit AS (
	SELECT id, count(*) AS benefit_rows FROM enrolments
	WHERE as_of = $as_of::DATE AND id IS NOT NULL AND status = '4' AND insurance = $insurance
	GROUP BY id
),
pairs AS (
	SELECT a.id, list(DISTINCT least(a.scheme, b.scheme) || '+' || greatest(a.scheme, b.scheme)) AS pairs
	FROM act a JOIN act b ON a.id = b.id AND a.line_no < b.line_no
	WHERE a.id IN (SELECT id FROM dup)
	GROUP BY a.id
),
person AS (
	SELECT id, min(aab301) AS aab301, arg_min(aac003, line_no) AS aac003, arg_min(aac002, line_no) AS aac002,
		arg_min(aae005, line_no) AS aae005
	FROM persons WHERE as_of = $as_of::DATE AND id IN (SELECT id FROM dup) GROUP BY id
),
enrolment_place AS (
	SELECT id, min(aab301) AS aab301, arg_min(aac003, line_no) AS aac003, arg_min(aac002, line_no) AS aac002
	FROM enrolments WHERE as_of = $as_of::DATE AND id IN (SELECT id FROM dup) GROUP BY id
),
placed AS (
	SELECT d.*, coalesce(pr.pairs, []) AS pairs, coalesce(b.benefit_rows, 0) AS benefit_rows,
		p.id IS NOT NULL AS has_person,
		CASE WHEN p.id IS NOT NULL THEN coalesce(p.aab301, s.scope) ELSE coalesce(e.aab301, s.scope) END AS code,
		coalesce(p.aac003, e.aac003) AS aac003, coalesce(p.aac002, e.aac002) AS aac002, p.aae005
	FROM dup d CROSS JOIN scope s
	LEFT JOIN pairs pr USING (id) LEFT JOIN benefit b USING (id)
	LEFT JOIN person p USING (id) LEFT JOIN enrolment_place e USING (id)
)
SELECT id, aac003, aac002, aae005, code, has_person, enrolments, benefit_rows, schemes, coalesce(places, []) AS places, pairs, span
FROM placed
WHERE starts_with(code, $region)
	AND CASE $kind WHEN 'benefit' THEN benefit_rows >= 2 WHEN 'pair' THEN list_contains(pairs, $key)
		WHEN 'span' THEN span = $key ELSE true END
ORDER BY code, id
LIMIT $limit OFFSET $offset;
