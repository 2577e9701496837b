-- docs/spec/METRICS.md "Registration" (情况表 columns 2–8) and "Data quality" by region level: agg_person
-- (person-counts.sql and enrolment-unmatched.sql) summed for every level length L (2, 4, 6, 9, 12) over
-- the codes of length >= L, grouped by left(code, L) — what `starts_with(code, $region) AND length(code)
-- >= L GROUP BY left(code, L)` gives, precomputed. sum() keeps NULL where every summed value is NULL
-- (an enrolment_unmatched-only code), so readers summing these rows get what summing agg_person gave.
INSERT INTO agg_person_level
SELECT as_of, level_len, left(code, level_len) AS code, sum(persons) AS persons,
	sum(obtained) AS obtained, sum(direct) AS direct, sum(direct_nonlocal) AS direct_nonlocal,
	sum(confirmed_in_province) AS confirmed_in_province, sum(confirmed_out_province) AS confirmed_out_province,
	sum(to_verify) AS to_verify, sum(verified) AS verified,
	sum(id_invalid) AS id_invalid, sum(id_legacy15) AS id_legacy15, sum(id_birth_mismatch) AS id_birth_mismatch,
	sum(id_gender_mismatch) AS id_gender_mismatch, sum(id_duplicate) AS id_duplicate,
	sum(missing_required) AS missing_required, sum(invalid_code) AS invalid_code,
	sum(reg_inconsistent) AS reg_inconsistent, sum(status_conflict) AS status_conflict,
	sum(enrolment_unmatched) AS enrolment_unmatched, sum(birth_unreadable) AS birth_unreadable
FROM agg_person CROSS JOIN (VALUES (2), (4), (6), (9), (12)) AS levels(level_len)
WHERE as_of = $as_of::DATE AND length(code) >= level_len
GROUP BY ALL
ORDER BY level_len, code;
