-- docs/spec/METRICS.md "Identity": GB 11643 id numbers, validated and normalised in SQL so that millions of
-- rows are checked at DuckDB speed.

-- Check character for the first 17 digits: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11.
-- The digits come out of two integers (digits 1–9 and 10–17) by arithmetic, three times faster than
-- 17 substr() calls; a non-digit makes TRY_CAST give NULL, and so no check character.
CREATE OR REPLACE MACRO id_weighted_sum(a, b) AS
	  (a // 100000000) % 10 * 7 + (a // 10000000) % 10 * 9 + (a // 1000000) % 10 * 10
	+ (a // 100000) % 10 * 5 + (a // 10000) % 10 * 8 + (a // 1000) % 10 * 4
	+ (a // 100) % 10 * 2 + (a // 10) % 10 * 1 + a % 10 * 6
	+ (b // 10000000) % 10 * 3 + (b // 1000000) % 10 * 7 + (b // 100000) % 10 * 9
	+ (b // 10000) % 10 * 10 + (b // 1000) % 10 * 5 + (b // 100) % 10 * 8
	+ (b // 10) % 10 * 4 + b % 10 * 2;

-- The first 17 digits as two integers, digits 1–9 and 10–17 (NULL when not digits). The load SQL
-- computes them once per row as columns: passed into a macro as expressions, each would be re-evaluated
-- at every use (17 times in id_weighted_sum), which made validation the slowest step of a load.
CREATE OR REPLACE MACRO id_head(u) AS TRY_CAST(substr(u, 1, 9) AS BIGINT);
CREATE OR REPLACE MACRO id_tail(u) AS TRY_CAST(substr(u, 10, 8) AS BIGINT);

CREATE OR REPLACE MACRO id_check_of(a, b) AS substr('10X98765432', 1 + id_weighted_sum(a, b) % 11, 1);
CREATE OR REPLACE MACRO id_check_char(s) AS id_check_of(id_head(s), id_tail(s));

-- A YYYYMMDD integer is a calendar date (Gregorian leap years), by arithmetic: the same answer as
-- try_strptime(…, '%Y%m%d') for every 8-digit string (checked for all of years 0000–9999), several
-- times cheaper.
CREATE OR REPLACE MACRO ymd_valid(ymd) AS (ymd // 100) % 100 BETWEEN 1 AND 12 AND ymd % 100 BETWEEN 1 AND
	CASE (ymd // 100) % 100
		WHEN 2 THEN CASE WHEN (ymd // 10000) % 4 = 0 AND ((ymd // 10000) % 100 <> 0 OR (ymd // 10000) % 400 = 0) THEN 29 ELSE 28 END
		WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
		ELSE 31
	END;

-- The id as written, trimmed and with an upper-case X; NULL when blank.
CREATE OR REPLACE MACRO id_upper(v) AS upper(clean(v));

-- 'valid18', 'valid15', 'invalid', or NULL for a blank number (docs/spec/METRICS.md id_invalid / id_legacy15),
-- from the upper-cased id u and its digit columns a = id_head(u), b = id_tail(u). An 18-digit number
-- needs a calendar birth date (digits 7–14) and the right check character; a 15-digit one a calendar
-- date 19YYMMDD.
-- id_kind_at takes the birth-date digits as a column too, ymd = id_ymd(a, b): ymd_valid names its argument
-- eight times, and a macro argument is an expression copied into every place (persons.sql computes it
-- once, in a layer of its own: 1M persons' kinds took a third less CPU).
CREATE OR REPLACE MACRO id_ymd(a, b) AS (a % 1000) * 100000 + b // 1000;
CREATE OR REPLACE MACRO id_kind_at(u, a, b, ymd) AS CASE
	WHEN u IS NULL THEN NULL
	WHEN regexp_full_match(u, '[0-9]{17}[0-9X]')
		AND ymd_valid(ymd)
		AND id_check_of(a, b) = substr(u, 18, 1) THEN 'valid18'
	WHEN regexp_full_match(u, '[0-9]{15}')
		AND ymd_valid(19000000 + TRY_CAST(substr(u, 7, 6) AS INTEGER)) THEN 'valid15'
	ELSE 'invalid'
END;

CREATE OR REPLACE MACRO id_kind_of(u, a, b) AS id_kind_at(u, a, b, id_ymd(a, b));

-- The same for a single value (tests, small tables); the load SQL uses id_kind_at on digit columns.
CREATE OR REPLACE MACRO id_kind(u) AS id_kind_of(u, id_head(u), id_tail(u));

-- A valid 15-digit number as 18 digits: "19" before the 2-digit birth year, then the check digit.
CREATE OR REPLACE MACRO id_from15(u) AS
	substr(u, 1, 6) || '19' || substr(u, 7, 9) || id_check_char(substr(u, 1, 6) || '19' || substr(u, 7, 9));

-- The matching key `id`: valid 15-digit numbers converted, everything else as trimmed and upper-cased.
CREATE OR REPLACE MACRO id_normalise(u, kind) AS CASE WHEN kind = 'valid15' THEN id_from15(u) ELSE u END;

-- The matching key `id` of an upper-cased id u when its kind is not otherwise needed: the same as
-- id_normalise(u, id_kind(u)), validating only what can change. Only a 15-byte id can be a valid
-- 15-digit one; any other is its own key. Validating every id cost a third of the enrolments load.
CREATE OR REPLACE MACRO id_key(u) AS CASE WHEN strlen(u) = 15 THEN id_normalise(u, id_kind(u)) ELSE u END;

-- Birth date carried by a normalised valid id.
CREATE OR REPLACE MACRO id_birth(id, kind) AS CASE
	WHEN kind IN ('valid18', 'valid15') THEN strptime(substr(id, 7, 8), '%Y%m%d')::DATE
END;

-- Sex carried by a normalised valid id: the 17th digit, odd = 男 ('1'), even = 女 ('2').
CREATE OR REPLACE MACRO id_sex(id, kind) AS CASE
	WHEN kind IN ('valid18', 'valid15') THEN CASE WHEN ascii(substr(id, 17, 1)) % 2 = 1 THEN '1' ELSE '2' END
END;
