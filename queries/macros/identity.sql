-- METRICS.md "Identity": GB 11643 id numbers, validated and normalised in SQL so that millions of
-- rows are checked at DuckDB speed. Digits are read with ascii() - 48, which cannot fail on bad input.

-- Check character for the first 17 digits: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11.
CREATE OR REPLACE MACRO id_check_char(s) AS substr('10X98765432', 1 + ((
	  (ascii(substr(s, 1, 1)) - 48) * 7 + (ascii(substr(s, 2, 1)) - 48) * 9
	+ (ascii(substr(s, 3, 1)) - 48) * 10 + (ascii(substr(s, 4, 1)) - 48) * 5
	+ (ascii(substr(s, 5, 1)) - 48) * 8 + (ascii(substr(s, 6, 1)) - 48) * 4
	+ (ascii(substr(s, 7, 1)) - 48) * 2 + (ascii(substr(s, 8, 1)) - 48) * 1
	+ (ascii(substr(s, 9, 1)) - 48) * 6 + (ascii(substr(s, 10, 1)) - 48) * 3
	+ (ascii(substr(s, 11, 1)) - 48) * 7 + (ascii(substr(s, 12, 1)) - 48) * 9
	+ (ascii(substr(s, 13, 1)) - 48) * 10 + (ascii(substr(s, 14, 1)) - 48) * 5
	+ (ascii(substr(s, 15, 1)) - 48) * 8 + (ascii(substr(s, 16, 1)) - 48) * 4
	+ (ascii(substr(s, 17, 1)) - 48) * 2) % 11), 1);

-- The id as written, trimmed and with an upper-case X; NULL when blank.
CREATE OR REPLACE MACRO id_upper(v) AS upper(clean(v));

-- 'valid18', 'valid15', 'invalid', or NULL for a blank number (METRICS.md id_invalid / id_legacy15).
CREATE OR REPLACE MACRO id_kind(u) AS CASE
	WHEN u IS NULL THEN NULL
	WHEN regexp_full_match(u, '[0-9]{17}[0-9X]')
		AND try_strptime(substr(u, 7, 8), '%Y%m%d') IS NOT NULL
		AND id_check_char(u) = substr(u, 18, 1) THEN 'valid18'
	WHEN regexp_full_match(u, '[0-9]{15}')
		AND try_strptime('19' || substr(u, 7, 6), '%Y%m%d') IS NOT NULL THEN 'valid15'
	ELSE 'invalid'
END;

-- A valid 15-digit number as 18 digits: "19" before the 2-digit birth year, then the check digit.
CREATE OR REPLACE MACRO id_from15(u) AS
	substr(u, 1, 6) || '19' || substr(u, 7, 9) || id_check_char(substr(u, 1, 6) || '19' || substr(u, 7, 9));

-- The matching key `id`: valid 15-digit numbers converted, everything else as trimmed and upper-cased.
CREATE OR REPLACE MACRO id_normalise(u, kind) AS CASE WHEN kind = 'valid15' THEN id_from15(u) ELSE u END;

-- Birth date carried by a normalised valid id.
CREATE OR REPLACE MACRO id_birth(id, kind) AS CASE
	WHEN kind IN ('valid18', 'valid15') THEN strptime(substr(id, 7, 8), '%Y%m%d')::DATE
END;

-- Sex carried by a normalised valid id: the 17th digit, odd = 男 ('1'), even = 女 ('2').
CREATE OR REPLACE MACRO id_sex(id, kind) AS CASE
	WHEN kind IN ('valid18', 'valid15') THEN CASE WHEN (ascii(substr(id, 17, 1)) - 48) % 2 = 1 THEN '1' ELSE '2' END
END;
