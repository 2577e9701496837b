-- enrolments.csv (参保记录). `id` is the normalised 公民身份号码 (docs/spec/METRICS.md "Identity"); an enrolment
-- is active when its status is 1 (参保缴费) or 4 (享受待遇); its insurance is the scheme's first digit.
INSERT INTO enrolments
WITH lines AS (SELECT rowid + 2 AS line_no, * FROM stg_enrolments),
-- joined for the trim test only on lines with white space, as in persons.sql
joined AS (
	SELECT *,
		CASE WHEN line_no IN (FROM stg_enrolments_spaced) OR (SELECT bool_or(line_no IS NULL) FROM stg_enrolments_spaced) THEN
			concat_ws(chr(1), aac002, aac003, scheme, aab301, status, aab001, start_date)
		END AS joined
	FROM lines
),
staged AS (SELECT * EXCLUDE (joined), any_untrimmed(joined) AS untrimmed FROM joined),
trimmed AS (
	SELECT line_no, clean_in(aac002, untrimmed) AS aac002, clean_in(aac003, untrimmed) AS aac003,
		clean_in(scheme, untrimmed) AS scheme, clean_in(aab301, untrimmed) AS aab301,
		clean_in(status, untrimmed) AS status, clean_in(aab001, untrimmed) AS aab001,
		clean_in(start_date, untrimmed) AS start_date
	FROM staged
),
upper_id AS (SELECT *, upper(aac002) AS u FROM trimmed)
SELECT $as_of::DATE, line_no, aac002, aac003, scheme, aab301, status, aab001, start_date,
	id_key(u) AS id,
	left(scheme, 1) AS insurance,
	coalesce(status IN ('1', '4'), false) AS active
FROM upper_id;
