-- 未参全 (issue 17), the list: one page of the ids counted by queries/changes/incomplete.sql (with
-- $own = 1 only those reaching no reference child of length $child_len), ordered by placement and id,
-- with the first persons row's name, number and phone, the status of insurance $insurance and the
-- insurances the id is insured in (bit k-1 for insurance k).
WITH picked AS (
	SELECT id, code,
		(CASE WHEN c1 = 3 THEN 1 ELSE 0 END) + (CASE WHEN c2 = 3 THEN 2 ELSE 0 END) + (CASE WHEN c3 = 3 THEN 4 ELSE 0 END)
			+ (CASE WHEN c4 = 3 THEN 8 ELSE 0 END) + (CASE WHEN c5 = 3 THEN 16 ELSE 0 END) AS insured_bits
	FROM agg_id_class
	WHERE as_of = $to::DATE AND starts_with(code, $region)
		AND of_insurance($insurance, c1, c2, c3, c4, c5) = 2
		AND greatest(c1, c2, c3, c4, c5) = 3
		AND ($own = 0 OR length(code) < $child_len OR left(code, $child_len) NOT IN (SELECT code FROM regions WHERE length(code) = $child_len))
	ORDER BY code, id
	LIMIT $limit OFFSET $offset
),
side AS (
	SELECT id, arg_min(aac003, line_no) AS aac003, arg_min(aae005, line_no) AS aae005,
		string_agg(DISTINCT of_insurance($insurance, aic003, akc003, alc003, ajc003, amc003), '/') AS status
	FROM persons
	WHERE as_of = $to::DATE AND id IN (SELECT id FROM picked)
	GROUP BY id
)
SELECT p.id, p.code, p.insured_bits, s.aac003, s.aae005, s.status
FROM picked p LEFT JOIN side s USING (id)
ORDER BY p.code, p.id;
