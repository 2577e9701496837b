-- docs/spec/METRICS.md "Changes between two snapshots": the ids of one matrix cell (class $class_a in A and
-- $class_b in B for insurance $insurance; 3 insured, 2 uninsured, 1 excluded, 0 other, -1 absent, -2 any)
-- placed in $region — with $own = 1 only those reaching no reference child of length $child_len (the
-- 本级 row) — one page ordered by placement and id, with the name, number and phone of the id's first
-- persons row in B (in A when absent from B) and its status of the insurance in A and in B.
WITH a AS (
	SELECT id, code, of_insurance($insurance, c1, c2, c3, c4, c5) AS k
	FROM agg_id_class WHERE as_of = $from::DATE
),
b AS (
	SELECT id, code, of_insurance($insurance, c1, c2, c3, c4, c5) AS k
	FROM agg_id_class WHERE as_of = $to::DATE
),
picked AS (
	SELECT coalesce(b.id, a.id) AS id, coalesce(b.code, a.code) AS code, b.id IS NOT NULL AS in_b
	FROM a FULL OUTER JOIN b ON a.id = b.id
	WHERE starts_with(coalesce(b.code, a.code), $region)
		AND ($class_a = -2 OR coalesce(a.k::INTEGER, -1) = $class_a)
		AND ($class_b = -2 OR coalesce(b.k::INTEGER, -1) = $class_b)
		AND ($own = 0 OR length(coalesce(b.code, a.code)) < $child_len
			OR left(coalesce(b.code, a.code), $child_len) NOT IN (SELECT code FROM regions WHERE length(code) = $child_len))
	ORDER BY code, id
	LIMIT $limit OFFSET $offset
),
rows AS (
	SELECT as_of, id, line_no, aac003, aac002, aae005,
		of_insurance($insurance, aic003, akc003, alc003, ajc003, amc003) AS status
	FROM persons
	WHERE as_of IN ($from::DATE, $to::DATE) AND id IN (SELECT id FROM picked)
),
side AS (
	SELECT id, as_of, arg_min(aac003, line_no) AS aac003, arg_min(aac002, line_no) AS aac002,
		arg_min(aae005, line_no) AS aae005, string_agg(DISTINCT status, '/' ORDER BY status) AS status
	FROM rows GROUP BY id, as_of
)
SELECT p.id, p.code, coalesce(sb.aac003, sa.aac003) AS aac003, coalesce(sb.aac002, sa.aac002) AS aac002,
	coalesce(sb.aae005, sa.aae005) AS aae005, sa.status AS status_a, sb.status AS status_b
FROM picked p
LEFT JOIN side sa ON sa.id = p.id AND sa.as_of = $from::DATE
LEFT JOIN side sb ON sb.id = p.id AND sb.as_of = $to::DATE
ORDER BY p.code, p.id;
