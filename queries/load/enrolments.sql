-- enrolments.csv (参保记录). `id` is the normalised 公民身份号码 (METRICS.md "Identity"); an enrolment
-- is active when its status is 1 (参保缴费) or 4 (享受待遇); its insurance is the scheme's first digit.
INSERT INTO enrolments
SELECT $as_of::DATE, line_no, aac002, aac003, scheme, aab301, status, aab001, start_date,
	id_normalise(u, id_kind(u)) AS id,
	left(scheme, 1) AS insurance,
	coalesce(status IN ('1', '4'), false) AS active
FROM (
	SELECT rowid + 2 AS line_no, clean(aac002) AS aac002, clean(aac003) AS aac003, clean(scheme) AS scheme,
		clean(aab301) AS aab301, clean(status) AS status, clean(aab001) AS aab001,
		clean(start_date) AS start_date, id_upper(aac002) AS u
	FROM stg_enrolments
);
