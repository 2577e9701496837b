-- Time-invariant attributes of the persons with pid in [{{plo}}, {{phi}}): a run of whole counties,
-- so that ID sequence numbers can be ranked per (county, birth date, sex) inside one chunk.
-- Everything is a function of (seed, township, household, pid): no state, no random().
CREATE OR REPLACE TEMP TABLE chunk AS
WITH slots AS (
	SELECT t.code AS town, t.name AS town_name, t.kind, t.county, t.county_name, t.pref, t.pref_name,
		t.prov_name, t.n_villages, t.wq, t.town_mult, t.lo, unnest(range(t.lo, t.hi)) AS pid
	FROM towns t WHERE t.hi > t.lo AND t.lo < {{phi}} AND t.hi > {{plo}}
), blocks AS (
	-- households: blocks of 7 consecutive persons split into two households of 2-5
	SELECT *, (pid - lo) // 7 AS blk, (pid - lo) % 7 AS r, 2 + gi(town, (pid - lo) // 7, 'split', 4) AS s
	FROM slots
), hh AS (
	SELECT * EXCLUDE (blk, r, s), blk * 2 + (r >= s)::BIGINT AS hh,
		CASE WHEN r < s THEN r ELSE r - s END AS pos
	FROM blocks
), house AS (
	SELECT hh.*,
		-- non-local households (流动人员) live mostly in towns
		gu(town, hh, 'nl') < (CASE kind WHEN 'S' THEN 0.12 WHEN 'Z' THEN 0.045 ELSE 0.012 END) AS nonlocal,
		gu(town, hh, 'urb') AS u_urb,
		gu(town, hh, 'place') AS u_place,
		gu(town, hh, 'age') AS u_head_age,
		gu(town, hh, 'sex') < 0.82 AS head_male
	FROM hh
), person AS (
	SELECT house.*,
		CASE WHEN nonlocal THEN u_urb < 0.30
			ELSE u_urb < (CASE kind WHEN 'S' THEN 0.75 WHEN 'Z' THEN 0.20 ELSE 0.04 END) END AS urban,
		23 + floor(55 * pow(u_head_age, 1.5))::INT AS head_age,
		gu(pid, 0, 'role') AS u_role, gu(pid, 0, 'age') AS u_age
	FROM house
), aged AS (
	SELECT person.*,
		CASE
			WHEN pos = 0 THEN head_age
			WHEN pos = 1 THEN greatest(18, head_age - 4 + floor(u_age * 8)::INT)
			WHEN u_role < 0.85 OR head_age >= 62 THEN (CASE
				WHEN head_age - 22 - floor(u_age * 12)::INT >= -3 THEN head_age - 22 - floor(u_age * 12)::INT
				ELSE floor(u_age * 12)::INT - 2 END)
			ELSE least(98, head_age + 21 + floor(u_age * 12)::INT) END AS age0,
		CASE WHEN pos = 0 THEN head_male WHEN pos = 1 THEN NOT head_male ELSE gu(pid, 0, 'sex') < 0.52 END AS male
	FROM person
), born AS (
	SELECT aged.*,
		(DATE '2014-12-31' - to_years(age0) - to_days(gi(pid, 0, 'bday', 365)::INTEGER))::DATE AS birth,
		-- outright draws reused by the quarterly query
		gu(pid, 0, 'work') AS u_work, gu(pid, 0, 'stud') AS u_stud,
		-- indexes of the other places picked for this person (equi-joins below)
		gi(town, hh, 'vil', greatest(n_villages, 1)) AS vil_idx,
		nonlocal AND sz.n_in > 0 AND gu(town, hh, 'oin') < 0.6 AS from_inprov,
		gi(town, hh, 'orig', greatest(sz.n_in, 1)) AS orig_in_idx,
		gi(town, hh, 'orig', sz.n_out) AS orig_out_idx,
		gi(pid, 0, 'farc', sz.n_counties) AS far_idx,
		gi(pid, 0, 'outc', sz.n_out) AS out_idx,
		gi(pid, 0, 'altt', sz.n_towns) AS alt_tidx
	FROM aged CROSS JOIN (
		SELECT (SELECT count(*) FROM counties) AS n_counties, (SELECT count(*) FROM towns) AS n_towns,
			coalesce((SELECT n FROM origin_counts WHERE inprov = 1), 0) AS n_in,
			(SELECT n FROM origin_counts WHERE inprov = 0) AS n_out) sz
)
SELECT b.pid, b.town, b.town_name, b.kind, b.county, b.county_name, b.pref, b.pref_name, b.prov_name,
	b.hh, b.pos, b.nonlocal, b.urban, b.male, b.birth, b.wq, b.town_mult * c.county_mult AS am,
	-- registration place: 0.3% county-level "township unknown", ~22% village, else township
	CASE WHEN b.u_place < 0.003 THEN b.county || '000'
		WHEN NOT b.nonlocal AND b.n_villages > 0 AND b.u_place < 0.22 THEN v.code
		ELSE b.town END AS aab301,
	v.name AS village_name,
	CASE WHEN b.nonlocal THEN NULL ELSE b.town || lpad(b.hh::VARCHAR, 5, '0') END AS aab401,
	'JT' || b.town || lpad(b.hh::VARCHAR, 5, '0') AS aab402,
	-- origin of non-local persons (6-digit county outside the scope)
	CASE WHEN NOT b.nonlocal THEN NULL WHEN b.from_inprov THEN o1.code ELSE o0.code END AS origin,
	CASE WHEN NOT b.nonlocal THEN NULL WHEN b.from_inprov THEN 1 ELSE 0 END AS origin_inprov,
	CASE WHEN NOT b.nonlocal THEN b.prov_name || b.pref_name || b.county_name
		WHEN b.from_inprov THEN o1.prov_name || o1.city_county
		ELSE o0.prov_name || o0.city_county END AS aac010,
	-- names: children and the head share the household surname
	CASE WHEN b.pos = 1 OR (b.pos >= 2 AND b.age0 > b.head_age) THEN gpick(b.pid, 0, 'sur', surnames())
		ELSE gpick(b.town, b.hh, 'sur', surnames()) END
		|| CASE WHEN b.male THEN gpick(b.pid, 1, 'g1', given_m()) ELSE gpick(b.pid, 1, 'g1', given_f()) END
		|| CASE WHEN gu(b.pid, 0, 'g2n') < 0.35 THEN ''
			WHEN b.male THEN gpick(b.pid, 2, 'g2', given_m()) ELSE gpick(b.pid, 2, 'g2', given_f()) END AS name,
	-- address: village group and house number in the countryside, street and number in towns
	b.prov_name || b.pref_name || b.county_name || b.town_name || CASE
		WHEN v.name IS NOT NULL AND b.kind <> 'S' THEN v.name || (1 + gi(b.town, b.hh, 'grp', 12))::VARCHAR || '组'
			|| (1 + gi(b.town, b.hh, 'no', 80))::VARCHAR || '号'
		WHEN b.kind = 'S' THEN coalesce(v.name, '') || gpick(b.town, b.hh, 'road', road_words()) || '路'
			|| (1 + gi(b.town, b.hh, 'no', 300))::VARCHAR || '号' || (1 + gi(b.town, b.hh, 'unit', 6))::VARCHAR || '单元'
		ELSE gpick(b.town, b.hh, 'road', road_words()) || '街' || (1 + gi(b.town, b.hh, 'no', 200))::VARCHAR || '号' END AS address,
	'1' || gpick(b.pid, 0, 'tel', ['33', '35', '38', '39', '51', '58', '59', '82', '87', '88', '89', '85', '86', '80'])
		|| lpad(gi(b.pid, 0, 'tel8', 100000000)::VARCHAR, 8, '0') AS mobile,
	-- life course: U unit job, F flexible, N no job (farmer / urban unemployed), O works outside the scope
	CASE
		WHEN b.nonlocal THEN (CASE WHEN b.u_work < 0.50 THEN 'U' WHEN b.u_work < 0.88 THEN 'F' ELSE 'N' END)
		WHEN b.urban THEN (CASE WHEN b.u_work < 0.50 THEN 'U' WHEN b.u_work < 0.75 THEN 'F' ELSE 'N' END)
		ELSE (CASE WHEN b.u_work < 0.15 THEN 'U' WHEN b.u_work < 0.33 THEN 'F' WHEN b.u_work < 0.43 THEN 'O' ELSE 'N' END)
	END AS work,
	CASE WHEN b.u_stud < 0.40 THEN 22 WHEN b.u_stud < 0.70 THEN 19 ELSE 16 END AS stud_end,
	CASE WHEN b.urban AND NOT b.male THEN 55 ELSE 60 END AS retire_age,
	c.k AS unit_k, floor(c.k * pow(gu(b.pid, 0, 'unit'), 2.2))::BIGINT AS unit_idx,
	CASE WHEN b.u_work < (CASE WHEN b.nonlocal OR b.urban THEN 0.50 ELSE 0.15 END)
		THEN unit_type(b.county, floor(c.k * pow(gu(b.pid, 0, 'unit'), 2.2))::BIGINT, c.k) END AS utype0,
	gu(b.pid, 0, 'p') AS u_p, gu(b.pid, 0, 'm') AS u_m, gu(b.pid, 0, 'i') AS u_i, gu(b.pid, 0, 'j') AS u_j,
	gu(b.pid, 0, 'b') AS u_b, gu(b.pid, 0, 'alt') AS u_alt, gu(b.pid, 0, 'int') AS u_int,
	gu(b.pid, 0, 'dup') AS u_dup, gu(b.pid, 0, 'dupk') AS u_dupk, gu(b.pid, 0, 'span') AS u_span,
	gu(b.pid, 0, 'term') AS u_term, gu(b.pid, 0, 'sc') AS u_sc, gu(b.pid, 0, 'match') AS u_match,
	gu(b.pid, 0, 'reg') AS u_reg, gu(b.pid, 0, 'e15') AS u_e15, gu(b.pid, 0, 'ghost') AS u_ghost,
	gu(b.pid, 0, 'x93') < 0.003 AND b.age0 BETWEEN 18 AND 45 AS x93,
	-- survey (入户调查) quarter: after the wave starts, slower in weak townships; 4% never reached
	CASE WHEN gu(b.pid, 0, 'ver') < 0.04 * b.town_mult THEN 99
		ELSE b.wq + 1 + floor(prog_len(b.wq) * pow(gu(b.pid, 1, 'ver'), 1.3)
			* least(1.6, 0.6 + 0.4 * b.town_mult * c.county_mult))::INT END AS verify_q,
	-- deaths (mostly elderly), arrivals and departures of non-local persons
	CASE WHEN gu(b.pid, 0, 'die') < (CASE WHEN b.age0 >= 80 THEN 0.20 WHEN b.age0 >= 65 THEN 0.08 ELSE 0.004 END)
		THEN 1 + gi(b.pid, 1, 'die', 12) ELSE 99 END AS death_q,
	CASE WHEN b.nonlocal AND gu(b.town, b.hh, 'arr') >= 0.75 THEN 1 + gi(b.town, b.hh, 'arrq', 12) ELSE 0 END AS arrive_q,
	CASE WHEN b.nonlocal AND gu(b.town, b.hh, 'dep') < 0.10 THEN 7 + gi(b.town, b.hh, 'depq', 6) ELSE 99 END AS depart_q,
	-- deliberate data dirt: one kind per person, cleaned at fix_q (30% never in this period)
	CASE WHEN gu(b.pid, 0, 'dirt') < 0.006 THEN 1 WHEN gu(b.pid, 0, 'dirt') < 0.009 THEN 2
		WHEN gu(b.pid, 0, 'dirt') < 0.0115 THEN 3 WHEN gu(b.pid, 0, 'dirt') < 0.0130 THEN 4
		WHEN gu(b.pid, 0, 'dirt') < 0.0160 THEN 5 WHEN gu(b.pid, 0, 'dirt') < 0.0180 THEN 6
		WHEN gu(b.pid, 0, 'dirt') < 0.0210 THEN 7 WHEN gu(b.pid, 0, 'dirt') < 0.0225 THEN 8
		WHEN gu(b.pid, 0, 'dirt') < 0.0245 THEN 9 ELSE 0 END AS dirt,
	gi(b.pid, 0, 'dsub', 6) AS dirt_sub,
	CASE WHEN gu(b.pid, 0, 'fix') < 0.7 THEN b.wq + 1 + gi(b.pid, 1, 'fix', 10) ELSE 99 END AS fix_q,
	-- who handles this person's registration: the county's operator and reviewer, a survey team member
	gpick(b.county, 0, 'ops', surnames()) || gpick(b.county, 0, 'opg', given_f()) || gpick(b.county, 1, 'opg', given_f()) AS op_name,
	gpick(b.county, 0, 'rvs', surnames()) || gpick(b.county, 0, 'rvg', given_m()) || gpick(b.county, 1, 'rvg', given_m()) AS rv_name,
	gpick(b.town, gi(b.pid, 0, 'team', 4), 'svs', surnames()) || gpick(b.town, gi(b.pid, 0, 'team', 4), 'svg', given_m()) AS sv_name,
	-- other places this person may also be enrolled or registered
	pc1.code AS alt_county, pc2.code AS far_county, oo.code AS out_county, att.code AS alt_town,
	att.prov_name || att.pref_name || att.county_name || att.name AS alt_town_address,
	-- GB 11643: region (户籍 county, or origin), birth date, sequence with sex parity
	CASE WHEN NOT b.nonlocal THEN b.county WHEN b.from_inprov THEN o1.code ELSE o0.code END AS id_region
FROM born b
JOIN counties c ON c.code = b.county
LEFT JOIN g_village v ON v.town = b.town AND v.vidx = b.vil_idx
LEFT JOIN (SELECT * FROM origins WHERE inprov = 1) o1 ON o1.oidx = b.orig_in_idx
LEFT JOIN (SELECT * FROM origins WHERE inprov = 0) o0 ON o0.oidx = b.orig_out_idx
LEFT JOIN pref_counties pcs ON pcs.code = b.county
LEFT JOIN pref_counties pc1 ON pc1.pref = b.pref AND pc1.pidx = (pcs.pidx + 1 + gi(b.pid, 0, 'altc', greatest(pcs.n_in_pref - 1, 1))) % pcs.n_in_pref
LEFT JOIN counties pc2 ON pc2.cidx = b.far_idx
LEFT JOIN (SELECT * FROM origins WHERE inprov = 0) oo ON oo.oidx = b.out_idx
LEFT JOIN towns att ON att.tidx = b.alt_tidx;

-- employer's type and the quarter from which it enrols its staff (fixed per employer)
CREATE OR REPLACE TEMP TABLE chunk_units AS
SELECT pid, utype0 AS utype, unit_comply_q(county, unit_idx, unit_k, utype0, wq) AS ucq
FROM chunk WHERE work = 'U';

-- ID numbers: rank within (region, birth date, sex) gives unique sequence numbers for local persons
-- (000-799); non-local persons use 800-899, and ids of enrolments without a person 900-999.
CREATE OR REPLACE TEMP TABLE chunk_ids AS
SELECT pid, id17 || gb_check(id17) AS id18 FROM (
	SELECT pid, id_region || ymd(birth) || lpad((2 * (CASE
			WHEN nonlocal THEN 400 + gi(pid, 0, 'nlseq', 50)
			ELSE (gi(id_region, birth, 'seq0', 300) + row_number() OVER (PARTITION BY id_region, birth, male ORDER BY pid) - 1) % 400
		END) + male::INT)::VARCHAR, 3, '0') AS id17
	FROM chunk);

