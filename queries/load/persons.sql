-- persons.csv (人员基础信息 + 参保状态), trimmed, with what docs/spec/METRICS.md derives per row: the normalised
-- id, birth date, age band, the region the row counts in, its employer's type, and the data-quality
-- flags ("Data quality"). Runs after enrolments.sql, units.sql and ids.sql of the same snapshot.
INSERT INTO persons
WITH lines AS (SELECT rowid + 2 AS line_no, * FROM stg_persons),
-- a row's values joined for the trim test, only on the lines with white space (stg_persons_spaced, from
-- src/lib/server/load/spaced-lines.ts; a NULL row there means every line): NULL elsewhere
joined AS (
	SELECT *,
		CASE WHEN line_no IN (FROM stg_persons_spaced) OR (SELECT bool_or(line_no IS NULL) FROM stg_persons_spaced) THEN
			concat_ws(chr(1), aac001, aac003, aac004, aac002, aac006, aac012, aac009, aac010, aae006,
				aab401, aab402, aab301, aae005, aic003, akc003, alc003, ajc003, amc003, aae011, aae036, aae014, aae015,
				hj_local, reg_status, employment, aab001)
		END AS joined
	FROM lines
),
staged AS (SELECT * EXCLUDE (joined), any_untrimmed(joined) AS untrimmed FROM joined),
raw AS (
	SELECT line_no,
		clean_in(aac001, untrimmed) AS aac001, clean_in(aac003, untrimmed) AS aac003, clean_in(aac004, untrimmed) AS aac004, clean_in(aac002, untrimmed) AS aac002,
		clean_in(aac006, untrimmed) AS aac006, clean_in(aac012, untrimmed) AS aac012, clean_in(aac009, untrimmed) AS aac009, clean_in(aac010, untrimmed) AS aac010,
		clean_in(aae006, untrimmed) AS aae006, clean_in(aab401, untrimmed) AS aab401, clean_in(aab402, untrimmed) AS aab402, clean_in(aab301, untrimmed) AS aab301,
		clean_in(aae005, untrimmed) AS aae005, clean_in(aic003, untrimmed) AS aic003, clean_in(akc003, untrimmed) AS akc003, clean_in(alc003, untrimmed) AS alc003,
		clean_in(ajc003, untrimmed) AS ajc003, clean_in(amc003, untrimmed) AS amc003, clean_in(aae011, untrimmed) AS aae011, clean_in(aae036, untrimmed) AS aae036,
		clean_in(aae014, untrimmed) AS aae014, clean_in(aae015, untrimmed) AS aae015, clean_in(hj_local, untrimmed) AS hj_local, clean_in(reg_status, untrimmed) AS reg_status,
		clean_in(employment, untrimmed) AS employment, clean_in(aab001, untrimmed) AS aab001
	FROM staged
),
-- each layer computes its columns once (see id_head in queries/macros/identity.sql)
upper_id AS (SELECT *, upper(aac002) AS u FROM raw),
digits AS (SELECT *, id_head(u) AS id_a, id_tail(u) AS id_b FROM upper_id),
dated AS (SELECT *, id_ymd(id_a, id_b) AS id_ymd FROM digits),
kinded AS (SELECT * EXCLUDE (id_a, id_b, id_ymd), id_kind_at(u, id_a, id_b, id_ymd) AS id_kind FROM dated),
keyed AS (
	SELECT * EXCLUDE (u), id_normalise(u, id_kind) AS id, parse_day(aac006) AS aac006_day FROM kinded
),
-- each code table as one list (one row, joined to every persons row): a lookup in a short list instead of
-- a semi-join per coded column (ten hash joins over every row)
codes AS (
	SELECT coalesce(list(code) FILTER (field = 'AAC004'), []) AS aac004, coalesce(list(code) FILTER (field = 'AAC012'), []) AS aac012,
		coalesce(list(code) FILTER (field = 'AAC009'), []) AS aac009, coalesce(list(code) FILTER (field = 'AIC003'), []) AS aic003,
		coalesce(list(code) FILTER (field = 'AKC003'), []) AS akc003, coalesce(list(code) FILTER (field = 'ALC003'), []) AS alc003,
		coalesce(list(code) FILTER (field = 'AJC003'), []) AS ajc003, coalesce(list(code) FILTER (field = 'AMC003'), []) AS amc003,
		coalesce(list(code) FILTER (field = 'reg_status'), []) AS reg_status, coalesce(list(code) FILTER (field = 'employment'), []) AS employment
	FROM code_values
),
-- one row per employer: the first units.csv row of a 单位编号 wins
unit AS (
	SELECT aab001, arg_min(aab019, line_no) AS aab019, arg_min(employees, line_no) AS employees,
		arg_min(industry, line_no) AS industry
	FROM units WHERE as_of = $as_of::DATE AND aab001 IS NOT NULL GROUP BY aab001
)
SELECT
	$as_of::DATE, k.line_no,
	k.aac001, k.aac003, k.aac004, k.aac002, k.aac006, k.aac012, k.aac009, k.aac010, k.aae006, k.aab401,
	k.aab402, k.aab301, k.aae005, k.aic003, k.akc003, k.alc003, k.ajc003, k.amc003, k.aae011, k.aae036,
	k.aae014, k.aae015, k.hj_local, k.reg_status, k.employment, k.aab001,
	k.id, k.id_kind,
	coalesce(k.aac006_day, id_birth(k.id, k.id_kind)) AS birth,
	age_band(age_at(coalesce(k.aac006_day, id_birth(k.id, k.id_kind)), $as_of::DATE)) AS age_band,
	coalesce(k.aab301, $scope) AS code,
	u.aab019 AS unit_type,
	coalesce(u.aab019 = '10' AND TRY_CAST(u.employees AS DOUBLE) < 300, false) AS unit_small,
	coalesce(upper(u.industry) IN ('B', 'E'), false) AS unit_high_risk,
	coalesce(k.id_kind = 'invalid', false) AS dq_id_invalid,
	coalesce(k.id_kind = 'valid15', false) AS dq_id_legacy15,
	coalesce(k.id_kind IN ('valid18', 'valid15') AND k.aac006_day <> id_birth(k.id, k.id_kind), false) AS dq_id_birth_mismatch,
	coalesce(k.id_kind IN ('valid18', 'valid15') AND k.aac004 IN ('1', '2') AND k.aac004 <> id_sex(k.id, k.id_kind), false) AS dq_id_gender_mismatch,
	coalesce(a.person_rows > 1, false) AS dq_id_duplicate,
	(k.aac003 IS NULL OR k.aac004 IS NULL OR k.aac002 IS NULL OR k.aac006 IS NULL OR k.aac010 IS NULL
		OR k.aae006 IS NULL OR k.aab301 IS NULL OR k.aic003 IS NULL OR k.akc003 IS NULL OR k.alc003 IS NULL
		OR k.ajc003 IS NULL OR k.amc003 IS NULL OR k.hj_local IS NULL OR k.reg_status IS NULL) AS dq_missing_required,
	(  (k.aac004 IS NOT NULL AND NOT list_contains(c.aac004, k.aac004))
	OR (k.aac012 IS NOT NULL AND NOT list_contains(c.aac012, k.aac012))
	OR (k.aac009 IS NOT NULL AND NOT list_contains(c.aac009, k.aac009))
	OR (k.aic003 IS NOT NULL AND NOT list_contains(c.aic003, k.aic003))
	OR (k.akc003 IS NOT NULL AND NOT list_contains(c.akc003, k.akc003))
	OR (k.alc003 IS NOT NULL AND NOT list_contains(c.alc003, k.alc003))
	OR (k.ajc003 IS NOT NULL AND NOT list_contains(c.ajc003, k.ajc003))
	OR (k.amc003 IS NOT NULL AND NOT list_contains(c.amc003, k.amc003))
	OR (k.reg_status IS NOT NULL AND NOT list_contains(c.reg_status, k.reg_status))
	OR (k.employment IS NOT NULL AND NOT list_contains(c.employment, k.employment))
	OR (k.hj_local IS NOT NULL AND k.hj_local NOT IN ('0', '1'))) AS dq_invalid_code,
	coalesce(k.reg_status IN ('21', '22', '31', '32') AND k.hj_local = '0', false) AS dq_reg_inconsistent,
	-- enrolled status without an active enrolment of that insurance, or 91/92/94 with one in the scope
	-- (the bits of queries/load/ids.sql: 1 << (k-1) anywhere, 1 << (k+4) in the scope)
	(  coalesce(status_enrolled('1', k.aic003) AND (coalesce(a.bits, 0) & 1) = 0, false)
	OR coalesce(status_enrolled('2', k.akc003) AND (coalesce(a.bits, 0) & 2) = 0, false)
	OR coalesce(status_enrolled('3', k.alc003) AND (coalesce(a.bits, 0) & 4) = 0, false)
	OR coalesce(status_enrolled('4', k.ajc003) AND (coalesce(a.bits, 0) & 8) = 0, false)
	OR coalesce(status_enrolled('5', k.amc003) AND (coalesce(a.bits, 0) & 16) = 0, false)
	OR coalesce(status_uninsured(k.aic003) AND (a.bits & 32) <> 0, false)
	OR coalesce(status_uninsured(k.akc003) AND (a.bits & 64) <> 0, false)
	OR coalesce(status_uninsured(k.alc003) AND (a.bits & 128) <> 0, false)
	OR coalesce(status_uninsured(k.ajc003) AND (a.bits & 256) <> 0, false)
	OR coalesce(status_uninsured(k.amc003) AND (a.bits & 512) <> 0, false)) AS dq_status_conflict,
	-- the 数据质量 page's 出生日期无法识别 (not a docs/spec/METRICS.md metric): a non-blank AAC006 parse_day cannot read
	k.aac006 IS NOT NULL AND k.aac006_day IS NULL AS dq_birth_unreadable
FROM keyed k
CROSS JOIN codes c
LEFT JOIN unit u ON u.aab001 = k.aab001
LEFT JOIN stg_ids a ON a.id = k.id;
