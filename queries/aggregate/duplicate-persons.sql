-- docs/spec/METRICS.md "Duplicates", the cleanup list precomputed: one row per person (distinct id) and insurance
-- with two or more active enrolments (status 1 or 4) — the persons counted in i.duplicate_enrolled —
-- placed exactly as queries/aggregate/duplicates.sql places them (the lowest non-blank AAB301 of the id's
-- persons rows, the scope when all are blank; without a persons row the lowest AAB301 of its enrolments),
-- with what the list shows: schemes and places of the active enrolments, the scheme pairs
-- (i.duplicate_pairs), the span (i.duplicate_span), benefit enrolments (i.duplicate_benefit counts the
-- rows with benefit_rows >= 2) and the name and id as written. Pages filter it with LIMIT/OFFSET.
INSERT INTO agg_duplicate_person
-- the enrolments of the few ids that may have a duplicate (queries/load/ids.sql), read once; their active
-- ones, then the exact count per id and insurance; lists are built for the duplicate keys only
WITH candidate AS (
	SELECT id, insurance, line_no, scheme, aab301, status, active, aac003, aac002
	FROM enrolments
	WHERE as_of = $as_of::DATE AND id IN (SELECT id FROM stg_ids WHERE maybe_duplicate)
),
act AS (SELECT id, insurance, line_no, scheme, aab301 FROM candidate WHERE active),
dup_keys AS (SELECT id, insurance FROM act GROUP BY id, insurance HAVING count(*) >= 2),
dup_act AS (SELECT a.* FROM act a SEMI JOIN dup_keys d ON d.id = a.id AND d.insurance = a.insurance),
dup AS (
	SELECT id, insurance, count(*) AS enrolments,
		list(scheme ORDER BY scheme) AS schemes,
		list(DISTINCT aab301 ORDER BY aab301) FILTER (aab301 IS NOT NULL) AS places,
		CASE WHEN count(DISTINCT left(aab301, 2)) > 1 THEN 'cross_province'
			WHEN count(DISTINCT left(aab301, 4)) > 1 THEN 'cross_prefecture'
			WHEN count(DISTINCT left(aab301, 6)) > 1 THEN 'cross_county'
			ELSE 'same_county' END AS span
	FROM dup_act GROUP BY id, insurance
),
pairs AS (
	SELECT a.id, a.insurance, list(DISTINCT least(a.scheme, b.scheme) || '+' || greatest(a.scheme, b.scheme)) AS pairs
	FROM dup_act a JOIN dup_act b ON a.id = b.id AND a.insurance = b.insurance AND a.line_no < b.line_no
	GROUP BY a.id, a.insurance
),
-- (every id with a duplicate is a candidate, so its enrolments of any status are all in `candidate`)
benefit AS (
	SELECT id, insurance, count(*) AS benefit_rows FROM candidate
	WHERE status = '4' AND id IN (SELECT id FROM dup)
	GROUP BY id, insurance
),
person AS (
	SELECT id, min(aab301) AS aab301, arg_min(aac003, line_no) AS aac003, arg_min(aac002, line_no) AS aac002,
		arg_min(aae005, line_no) AS aae005
	FROM persons WHERE as_of = $as_of::DATE AND id IN (SELECT id FROM dup) GROUP BY id
),
enrolment_place AS (
	SELECT id, min(aab301) AS aab301, arg_min(aac003, line_no) AS aac003, arg_min(aac002, line_no) AS aac002
	FROM candidate WHERE id IN (SELECT id FROM dup) GROUP BY id
)
SELECT $as_of::DATE AS as_of,
	CASE WHEN p.id IS NOT NULL THEN coalesce(p.aab301, $scope) ELSE coalesce(e.aab301, $scope) END AS code,
	d.insurance, d.id, coalesce(p.aac003, e.aac003) AS aac003, coalesce(p.aac002, e.aac002) AS aac002, p.aae005,
	p.id IS NOT NULL AS has_person, d.enrolments, coalesce(b.benefit_rows, 0) AS benefit_rows,
	d.schemes, coalesce(d.places, []) AS places, coalesce(pr.pairs, []) AS pairs, d.span
FROM dup d
LEFT JOIN pairs pr USING (id, insurance) LEFT JOIN benefit b USING (id, insurance)
LEFT JOIN person p USING (id) LEFT JOIN enrolment_place e USING (id);
