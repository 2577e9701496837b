-- METRICS.md "Duplicates": per region code and insurance, persons (distinct id) with two or more active
-- enrolments ('enrolled'), two or more benefit enrolments ('benefit'), each scheme pair ('pair', key
-- "11+12") and the widest span of their active enrolments' own AAB301 ('span').
-- An id is placed in the region of its persons row (lowest non-blank AAB301; the scope if all are
-- blank); an id with no persons row by the lowest AAB301 of its enrolments.
INSERT INTO agg_duplicate
WITH person_place AS (
	SELECT id, coalesce(min(aab301), $scope) AS code
	FROM persons WHERE as_of = $as_of::DATE AND id IS NOT NULL GROUP BY id
),
enrolment_place AS (
	SELECT id, coalesce(min(aab301), $scope) AS code
	FROM enrolments WHERE as_of = $as_of::DATE AND id IS NOT NULL GROUP BY id
),
place AS (
	SELECT e.id, coalesce(p.code, e.code) AS code
	FROM enrolment_place e LEFT JOIN person_place p USING (id)
),
act AS (
	SELECT id, insurance, scheme, aab301, line_no
	FROM enrolments WHERE as_of = $as_of::DATE AND id IS NOT NULL AND active
),
dup AS (
	SELECT id, insurance,
		CASE WHEN count(DISTINCT left(aab301, 2)) > 1 THEN 'cross_province'
			WHEN count(DISTINCT left(aab301, 4)) > 1 THEN 'cross_prefecture'
			WHEN count(DISTINCT left(aab301, 6)) > 1 THEN 'cross_county'
			ELSE 'same_county' END AS span
	FROM act GROUP BY id, insurance HAVING count(*) >= 2
),
benefit AS (
	SELECT id, insurance FROM enrolments
	WHERE as_of = $as_of::DATE AND id IS NOT NULL AND status = '4'
	GROUP BY id, insurance HAVING count(*) >= 2
),
dup_act AS (SELECT a.* FROM act a SEMI JOIN dup d ON d.id = a.id AND d.insurance = a.insurance),
pairs AS (
	SELECT DISTINCT a.id, a.insurance, least(a.scheme, b.scheme) || '+' || greatest(a.scheme, b.scheme) AS pair
	FROM dup_act a JOIN dup_act b ON a.id = b.id AND a.insurance = b.insurance AND a.line_no < b.line_no
),
facts AS (
	SELECT id, insurance, 'enrolled' AS kind, '' AS key FROM dup
	UNION ALL SELECT id, insurance, 'span', span FROM dup
	UNION ALL SELECT id, insurance, 'benefit', '' FROM benefit
	UNION ALL SELECT id, insurance, 'pair', pair FROM pairs
)
SELECT $as_of::DATE, p.code, f.insurance, f.kind, f.key, count(*)
FROM facts f JOIN place p USING (id)
GROUP BY ALL;
