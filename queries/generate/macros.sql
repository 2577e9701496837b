-- Deterministic randomness and small lookups for `canbao generate`.
-- {{seed}} is substituted with a validated integer. Every draw is hash(seed, key…, salt): the same
-- person gets the same values in every quarter, on any thread count, without random().

-- uniform in [0, 1): the top 53 bits, so the double is exact. The outer hash() re-mixes: hash() of
-- several values combines them almost linearly, so draws with different salts would be correlated.
CREATE OR REPLACE MACRO gu(a, b, salt) AS (hash(hash({{seed}}::BIGINT, a, b, salt)) >> 11)::DOUBLE / 9007199254740992.0;
-- uniform integer in [0, n)
CREATE OR REPLACE MACRO gi(a, b, salt, n) AS (hash(hash({{seed}}::BIGINT, a, b, salt)) % (n)::UBIGINT)::BIGINT;
-- pick from a list literal
CREATE OR REPLACE MACRO gpick(a, b, salt, xs) AS xs[1 + gi(a, b, salt, len(xs))];

-- as-of date of quarter index q (0 = 2014-12-31) and the first day of that quarter
CREATE OR REPLACE MACRO q_end(q) AS (DATE '2015-01-01' + to_months(3 * (q)::INTEGER) - INTERVAL 1 DAY)::DATE;
CREATE OR REPLACE MACRO q_start(q) AS (DATE '2015-01-01' + to_months(3 * ((q)::INTEGER - 1)))::DATE;
CREATE OR REPLACE MACRO ymd(d) AS strftime(d, '%Y%m%d');

-- Guizhou rolled out in waves (seed 003): 遵义 pilot 2014; 六盘水, 安顺, 毕节, 黔东南 from mid-2015;
-- the rest from 2016. Value = quarter index at which the region's work starts.
CREATE OR REPLACE MACRO wave_q(pref) AS CASE
	WHEN pref = '5203' THEN 0
	WHEN pref IN ('5202', '5204', '5205', '5226') THEN 2
	WHEN starts_with(pref, '52') THEN 5
	ELSE [0, 2, 5][1 + gi(pref, 0, 'wave', 3)] END;
-- quarters the region takes to go from its start to its end state
CREATE OR REPLACE MACRO prog_len(wq) AS CASE wq WHEN 0 THEN 13 WHEN 2 THEN 10 ELSE 8 END;
-- share of the way from the start state to the end state at quarter q
CREATE OR REPLACE MACRO prog(q, wq) AS least(1.0, greatest(0.0, ((q) - (wq) + 1)::DOUBLE / prog_len(wq)));
-- share of data dirt and duplicate enrolment still present (cleaning follows the wave)
CREATE OR REPLACE MACRO dirt_left(q, wq) AS 1.0 - 0.75 * prog(q, wq);

-- GB 11643 check digit of a 17-digit string
CREATE OR REPLACE MACRO gb_check(s) AS substr('10X98765432', 1 + ((
	  7 * ascii(s[1]) + 9 * ascii(s[2]) + 10 * ascii(s[3]) + 5 * ascii(s[4]) + 8 * ascii(s[5])
	+ 4 * ascii(s[6]) + 2 * ascii(s[7]) + 1 * ascii(s[8]) + 6 * ascii(s[9]) + 3 * ascii(s[10])
	+ 7 * ascii(s[11]) + 9 * ascii(s[12]) + 10 * ascii(s[13]) + 5 * ascii(s[14]) + 8 * ascii(s[15])
	+ 4 * ascii(s[16]) + 2 * ascii(s[17]) - 48 * 100) % 11)::INTEGER, 1);

-- Employers: the unit index idx in 0..k-1 of a county; low indexes are the big employers.
-- Type (AAB019): the biggest 5% are mostly 机关 and 事业单位, the long tail firms and 个体工商户.
CREATE OR REPLACE MACRO unit_type(county, idx, k) AS CASE
	WHEN idx < greatest(1, k * 0.05) THEN (CASE
		WHEN gu(county, idx, 'ut') < 0.40 THEN '30' WHEN gu(county, idx, 'ut') < 0.50 THEN '55'
		WHEN gu(county, idx, 'ut') < 0.58 THEN '56' WHEN gu(county, idx, 'ut') < 0.63 THEN '50'
		ELSE '10' END)
	ELSE (CASE
		WHEN gu(county, idx, 'ut') < 0.72 THEN '10' WHEN gu(county, idx, 'ut') < 0.90 THEN '81'
		WHEN gu(county, idx, 'ut') < 0.94 THEN '91' WHEN gu(county, idx, 'ut') < 0.96 THEN '96'
		WHEN gu(county, idx, 'ut') < 0.97 THEN '95' WHEN gu(county, idx, 'ut') < 0.98 THEN '70'
		ELSE '90' END) END;

-- GB/T 4754 门类 by unit type; coal (B) is common in 六盘水 and 毕节
CREATE OR REPLACE MACRO unit_industry(county, idx, utype) AS CASE
	WHEN utype = '30' OR utype IN ('70', '95', '96', '90') THEN 'S'
	WHEN utype IN ('50', '55', '56', '57', '91') THEN gpick(county, idx, 'ind', ['P', 'P', 'P', 'P', 'Q', 'Q', 'Q', 'M', 'R', 'N'])
	WHEN utype = '81' THEN gpick(county, idx, 'ind', ['F', 'F', 'F', 'F', 'F', 'H', 'H', 'H', 'H', 'O', 'E'])
	WHEN substr(county, 1, 4) IN ('5202', '5205') AND gu(county, idx, 'coal') < 0.15 THEN 'B'
	ELSE gpick(county, idx, 'ind', ['A', 'A', 'B', 'B', 'C', 'C', 'C', 'C', 'C', 'C', 'C', 'D', 'E', 'E', 'E', 'E', 'E',
		'E', 'E', 'F', 'F', 'F', 'F', 'F', 'F', 'F', 'F', 'F', 'G', 'G', 'G', 'H', 'H', 'H', 'H', 'H', 'I', 'J', 'K', 'L',
		'L', 'M', 'N', 'O', 'O', 'Q', 'R', 'P']) END;

-- Quarter index from which the unit enrols its staff (0 = always did; 99 = never in this period).
-- 机关/事业 always; big firms almost always; the tail often not until 稽核 after the wave; a few
-- large construction/mining/manufacturing firms never (the employer hotspots).
CREATE OR REPLACE MACRO unit_comply_q(county, idx, k, utype, wq) AS CASE
	WHEN utype IN ('30', '50', '55', '56', '57') THEN 0
	WHEN utype = '10' AND idx < k * 0.2 AND idx >= k * 0.01 AND gu(county, idx, 'hot') < 0.06 THEN 99
	WHEN gu(county, idx, 'comply') < (CASE WHEN idx < k * 0.05 THEN 0.95 WHEN idx < k * 0.2 THEN 0.80
		WHEN utype = '81' THEN 0.55 ELSE 0.75 END) THEN 0
	WHEN gu(county, idx, 'audit') < 0.70 THEN wq + 2 + gi(county, idx, 'auditq', 8)
	ELSE 99 END;
