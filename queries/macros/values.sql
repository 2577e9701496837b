-- docs/spec/METRICS.md: "Every value is trimmed first; a value that is blank after trimming is missing."
-- Trims spaces, tabs, line breaks, the full-width space (U+3000) that Chinese data entry leaves
-- behind and the no-break space (U+00A0) that copying from a web page or Word leaves. trim() with a character list is slow, so values whose first and last characters are not
-- white space (nearly all) skip it.
CREATE OR REPLACE MACRO clean(v) AS CASE
	WHEN v = '' THEN NULL
	WHEN regexp_matches(v, '^[^ \t\r\n　\xa0]$|^[^ \t\r\n　\xa0].*[^ \t\r\n　\xa0]$') THEN v
	ELSE nullif(trim(v::VARCHAR, ' ' || chr(9) || chr(10) || chr(13) || chr(12288) || chr(160)), '')
END;

-- docs/spec/SNAPSHOT.md: dates are YYYYMMDD or ISO YYYY-MM-DD; also read, as office sheets write them (see
-- docs/decisions.md "Snapshots as officials make them"): YYYY/M/D, YYYY.M.D and an Excel serial day
-- number of five digits (10000 = 1927-05-18 … 99999 = 2173-10-14; the XLSX reader turns date cells and
-- serials into ISO dates itself). Anything else (or a non-calendar date) is NULL. The first branch
-- takes nearly every row: CASE evaluates later branches only for the rest.
CREATE OR REPLACE MACRO parse_day(v) AS CASE
	WHEN regexp_full_match(v, '[0-9]{8}') THEN try_strptime(v, '%Y%m%d')::DATE
	WHEN regexp_full_match(v, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN try_strptime(v, '%Y-%m-%d')::DATE
	WHEN regexp_full_match(v, '[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}') THEN try_strptime(v, '%Y/%-m/%-d')::DATE
	WHEN regexp_full_match(v, '[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2}') THEN try_strptime(v, '%Y.%-m.%-d')::DATE
	WHEN regexp_full_match(v, '[1-9][0-9]{4}') THEN DATE '1899-12-30' + v::INTEGER
END;

-- Whole years between birth and the as-of date (docs/spec/METRICS.md: "age is whole years at the as-of date").
-- The month and day compared as the number MMDD (what comparing strftime '%m%d' texts gives, at half
-- the CPU: two strftime calls per row were a tenth of the persons step's derived columns).
CREATE OR REPLACE MACRO age_at(birth, as_of) AS
	year(as_of) - year(birth) - CASE WHEN month(as_of) * 100 + day(as_of) < month(birth) * 100 + day(birth) THEN 1 ELSE 0 END;

-- docs/spec/METRICS.md expansion groups: age bands 0–15, 16–29, 30–44, 45–59, 60+.
CREATE OR REPLACE MACRO age_band(age) AS CASE
	WHEN age IS NULL OR age < 0 THEN NULL
	WHEN age <= 15 THEN '0-15' WHEN age <= 29 THEN '16-29' WHEN age <= 44 THEN '30-44'
	WHEN age <= 59 THEN '45-59' ELSE '60+'
END;

-- Whether any of a row's values, joined by chr(1) with concat_ws, starts or ends with white space. One
-- test per row instead of one per value: rows without (nearly all) take clean_in's cheap branch. Only a
-- row with white space somewhere runs the regex (five substring searches cost a tenth of it). `joined`
-- is used six times: pass a column, not the concat_ws expression (see persons.sql). NULL (a row on a line
-- without white space, which the load does not join) is false.
CREATE OR REPLACE MACRO any_untrimmed(joined) AS CASE
	WHEN contains(joined, ' ') OR contains(joined, chr(9)) OR contains(joined, chr(10)) OR contains(joined, chr(13))
		OR contains(joined, chr(12288)) OR contains(joined, chr(160))
	THEN regexp_matches(joined, '(^|\x01)[ \t\r\n　\xa0]|[ \t\r\n　\xa0](\x01|$)')
	ELSE false
END;

-- clean(v) for a value of a row whose any_untrimmed(…) is `untrimmed`.
CREATE OR REPLACE MACRO clean_in(v, untrimmed) AS CASE WHEN untrimmed THEN clean(v) ELSE nullif(v, '') END;
