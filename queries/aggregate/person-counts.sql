-- Per region code: persons rows, 情况表 columns 2–8 (docs/spec/METRICS.md "Registration") and the persons-based
-- data-quality counts (docs/spec/METRICS.md "Data quality").
INSERT INTO agg_person BY NAME
SELECT $as_of::DATE AS as_of, code, count(*) AS persons,
	count_if(hj_local = '1') AS obtained,
	count_if(reg_status = '11') AS direct,
	count_if(reg_status = '11' AND hj_local = '0') AS direct_nonlocal,
	count_if(reg_status = '21') AS confirmed_in_province,
	count_if(reg_status = '22') AS confirmed_out_province,
	count_if(reg_status IN ('31', '32')) AS to_verify,
	count_if(reg_status = '32') AS verified,
	count_if(dq_id_invalid) AS id_invalid,
	count_if(dq_id_legacy15) AS id_legacy15,
	count_if(dq_id_birth_mismatch) AS id_birth_mismatch,
	count_if(dq_id_gender_mismatch) AS id_gender_mismatch,
	count_if(dq_id_duplicate) AS id_duplicate,
	count_if(dq_missing_required) AS missing_required,
	count_if(dq_invalid_code) AS invalid_code,
	count_if(dq_reg_inconsistent) AS reg_inconsistent,
	count_if(dq_status_conflict) AS status_conflict,
	0 AS enrolment_unmatched,
	count_if(dq_birth_unreadable) AS birth_unreadable
FROM persons
WHERE as_of = $as_of::DATE
GROUP BY code;
