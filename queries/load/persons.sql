-- persons.csv (人员基础信息 + 参保状态), trimmed, with what METRICS.md derives per row: the normalised
-- id, birth date, age band, the region the row counts in, its employer's type, and the data-quality
-- flags ("Data quality"). Runs after enrolments.sql and units.sql of the same snapshot; id_duplicate is
-- set afterwards (persons-duplicate-ids.sql).
INSERT INTO persons
WITH raw AS (
	SELECT rowid + 2 AS line_no,
		clean(aac001) AS aac001, clean(aac003) AS aac003, clean(aac004) AS aac004, clean(aac002) AS aac002,
		clean(aac006) AS aac006, clean(aac012) AS aac012, clean(aac009) AS aac009, clean(aac010) AS aac010,
		clean(aae006) AS aae006, clean(aab401) AS aab401, clean(aab402) AS aab402, clean(aab301) AS aab301,
		clean(aae005) AS aae005, clean(aic003) AS aic003, clean(akc003) AS akc003, clean(alc003) AS alc003,
		clean(ajc003) AS ajc003, clean(amc003) AS amc003, clean(aae011) AS aae011, clean(aae036) AS aae036,
		clean(aae014) AS aae014, clean(aae015) AS aae015, clean(hj_local) AS hj_local,
		clean(reg_status) AS reg_status, clean(employment) AS employment, clean(aab001) AS aab001,
		id_upper(aac002) AS u
	FROM stg_persons
),
kinded AS (SELECT *, id_kind(u) AS id_kind FROM raw),
keyed AS (
	SELECT * EXCLUDE (u), id_normalise(u, id_kind) AS id, parse_day(aac006) AS aac006_day FROM kinded
),
-- one row per employer: the first units.csv row of a 单位编号 wins
unit AS (
	SELECT aab001, arg_min(aab019, line_no) AS aab019, arg_min(employees, line_no) AS employees,
		arg_min(industry, line_no) AS industry
	FROM units WHERE as_of = $as_of::DATE AND aab001 IS NOT NULL GROUP BY aab001
),
-- which insurances an id has an active enrolment of, anywhere (a*) and inside the scope (s*)
active AS (
	SELECT id,
		bool_or(insurance = '1') AS a1, bool_or(insurance = '2') AS a2, bool_or(insurance = '3') AS a3,
		bool_or(insurance = '4') AS a4, bool_or(insurance = '5') AS a5,
		bool_or(insurance = '1' AND starts_with(aab301, $scope)) AS s1,
		bool_or(insurance = '2' AND starts_with(aab301, $scope)) AS s2,
		bool_or(insurance = '3' AND starts_with(aab301, $scope)) AS s3,
		bool_or(insurance = '4' AND starts_with(aab301, $scope)) AS s4,
		bool_or(insurance = '5' AND starts_with(aab301, $scope)) AS s5
	FROM enrolments
	WHERE as_of = $as_of::DATE AND active AND id IS NOT NULL
	GROUP BY id
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
	false AS dq_id_duplicate,
	(k.aac003 IS NULL OR k.aac004 IS NULL OR k.aac002 IS NULL OR k.aac006 IS NULL OR k.aac010 IS NULL
		OR k.aae006 IS NULL OR k.aab301 IS NULL OR k.aic003 IS NULL OR k.akc003 IS NULL OR k.alc003 IS NULL
		OR k.ajc003 IS NULL OR k.amc003 IS NULL OR k.hj_local IS NULL OR k.reg_status IS NULL) AS dq_missing_required,
	(  (k.aac004 IS NOT NULL AND k.aac004 NOT IN (SELECT code FROM code_values WHERE field = 'AAC004'))
	OR (k.aac012 IS NOT NULL AND k.aac012 NOT IN (SELECT code FROM code_values WHERE field = 'AAC012'))
	OR (k.aac009 IS NOT NULL AND k.aac009 NOT IN (SELECT code FROM code_values WHERE field = 'AAC009'))
	OR (k.aic003 IS NOT NULL AND k.aic003 NOT IN (SELECT code FROM code_values WHERE field = 'AIC003'))
	OR (k.akc003 IS NOT NULL AND k.akc003 NOT IN (SELECT code FROM code_values WHERE field = 'AKC003'))
	OR (k.alc003 IS NOT NULL AND k.alc003 NOT IN (SELECT code FROM code_values WHERE field = 'ALC003'))
	OR (k.ajc003 IS NOT NULL AND k.ajc003 NOT IN (SELECT code FROM code_values WHERE field = 'AJC003'))
	OR (k.amc003 IS NOT NULL AND k.amc003 NOT IN (SELECT code FROM code_values WHERE field = 'AMC003'))
	OR (k.reg_status IS NOT NULL AND k.reg_status NOT IN (SELECT code FROM code_values WHERE field = 'reg_status'))
	OR (k.employment IS NOT NULL AND k.employment NOT IN (SELECT code FROM code_values WHERE field = 'employment'))
	OR (k.hj_local IS NOT NULL AND k.hj_local NOT IN ('0', '1'))) AS dq_invalid_code,
	coalesce(k.reg_status IN ('21', '22', '31', '32') AND k.hj_local = '0', false) AS dq_reg_inconsistent,
	-- enrolled status without an active enrolment of that insurance, or 91/92/94 with one in the scope
	(  coalesce(status_enrolled('1', k.aic003) AND NOT coalesce(a.a1, false), false)
	OR coalesce(status_enrolled('2', k.akc003) AND NOT coalesce(a.a2, false), false)
	OR coalesce(status_enrolled('3', k.alc003) AND NOT coalesce(a.a3, false), false)
	OR coalesce(status_enrolled('4', k.ajc003) AND NOT coalesce(a.a4, false), false)
	OR coalesce(status_enrolled('5', k.amc003) AND NOT coalesce(a.a5, false), false)
	OR coalesce(status_uninsured(k.aic003) AND a.s1, false)
	OR coalesce(status_uninsured(k.akc003) AND a.s2, false)
	OR coalesce(status_uninsured(k.alc003) AND a.s3, false)
	OR coalesce(status_uninsured(k.ajc003) AND a.s4, false)
	OR coalesce(status_uninsured(k.amc003) AND a.s5, false)) AS dq_status_conflict
FROM keyed k
LEFT JOIN unit u ON u.aab001 = k.aab001
LEFT JOIN active a ON a.id = k.id;
