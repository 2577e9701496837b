-- Every person of the chunk as of quarter {{q}} (0 = 2014-12-31; only the columns the writers use): who is there, their insurance
-- statuses, registration stage and the dirt still present. Persons who died in the last two
-- quarters are kept (present = false) because their enrolments linger a little.
-- Thresholds: a person is insured when their fixed draw u ≥ am × (start share + (end share − start
-- share) × progress), so coverage only rises as the region's wave progresses.
CREATE OR REPLACE TEMP TABLE pq AS
WITH base AS (
	SELECT pid, c.birth, c.town, c.kind, c.county, c.nonlocal, c.urban, c.wq, c.am, c.aab301, c.origin,
		c.origin_inprov, c.work, c.stud_end, c.retire_age, c.unit_k, c.unit_idx, c.u_p, c.u_m, c.u_i, c.u_j, c.u_b,
		c.u_alt, c.u_int, c.u_dup, c.u_dupk, c.u_span, c.u_term, c.u_sc, c.u_match, c.u_reg, c.u_e15, c.u_ghost,
		c.x93, c.verify_q, c.death_q, c.arrive_q, c.dirt, c.dirt_sub, c.fix_q, c.alt_county, c.far_county,
		c.out_county, c.id_region, c.male,
		date_sub('year', birth, q_end({{q}})) AS age,
		prog({{q}}, wq) AS pg,
		dirt_left({{q}}, wq) AS dl,
		{{q}} < death_q AS present,
		dirt > 0 AND {{q}} < fix_q AS dirty,
		u.utype, u.ucq
	FROM chunk c LEFT JOIN chunk_units u USING (pid)
	WHERE birth <= q_end({{q}}) AND {{q}} >= arrive_q AND {{q}} < depart_q AND {{q}} < death_q + 2
), roles AS (
	SELECT base.*,
		CASE WHEN age < 6 THEN 'kid' WHEN age < 16 THEN 'pupil' WHEN age < stud_end THEN 'student'
			WHEN x93 THEN 'x93' WHEN age >= retire_age THEN 'elder' ELSE work END AS role
	FROM base
), shares AS (
	SELECT roles.*,
		work = 'U' AND {{q}} >= ucq AS compliant,
		-- pension: (share uninsured at the start, at the end)
		CASE role
			WHEN 'elder' THEN (CASE WHEN nonlocal THEN 0.30 WHEN urban THEN 0.04 ELSE 0.10 END)
			WHEN 'U' THEN 0.04
			WHEN 'F' THEN (CASE WHEN nonlocal THEN 0.35 ELSE 0.30 END)
			WHEN 'N' THEN (CASE WHEN nonlocal THEN 0.40 WHEN urban THEN 0.22 ELSE 0.15 END)
			WHEN 'O' THEN 0.40
			ELSE 0.0 END AS gp1,
		CASE role
			WHEN 'elder' THEN (CASE WHEN nonlocal THEN 0.20 WHEN urban THEN 0.01 ELSE 0.02 END)
			WHEN 'U' THEN 0.01
			WHEN 'F' THEN (CASE WHEN nonlocal THEN 0.22 ELSE 0.08 END)
			WHEN 'N' THEN (CASE WHEN nonlocal THEN 0.25 WHEN urban THEN 0.05 ELSE 0.025 END)
			WHEN 'O' THEN 0.15
			ELSE 0.0 END AS gp2,
		CASE WHEN nonlocal THEN 0.20 ELSE 0.08 END AS gm1,
		CASE WHEN nonlocal THEN 0.12 ELSE 0.02 END AS gm2
	FROM roles
), ins AS (
	SELECT shares.*,
		least(0.95, am * (gp1 + (gp2 - gp1) * pg)) AS thr_p,
		least(0.95, am * (gm1 + (gm2 - gm1) * pg)) AS thr_m,
		least(0.95, am * gp1) AS thr_p0
	FROM shares
), pen AS (
	SELECT ins.*,
		CASE
			WHEN role IN ('kid', 'pupil', 'student') THEN '95'
			WHEN role = 'x93' THEN '93'
			WHEN role = 'U' AND NOT compliant THEN (CASE WHEN NOT urban AND NOT nonlocal AND u_alt < 0.35 THEN '12' ELSE '92' END)
			WHEN u_p < thr_p THEN (CASE WHEN role = 'U' THEN '92' WHEN u_int < 0.22 AND age >= 25 THEN '94' ELSE '91' END)
			WHEN nonlocal AND NOT (role = 'U') THEN (CASE WHEN origin_inprov = 1 THEN '81' ELSE '82' END)
			WHEN role = 'elder' THEN (CASE WHEN NOT urban THEN '12' WHEN u_alt < 0.15 THEN '13' WHEN u_alt < 0.75 THEN '11' ELSE '12' END)
			WHEN role = 'U' THEN (CASE WHEN utype IN ('30', '55') THEN '13'
				WHEN utype IN ('50', '56', '57') AND u_alt < 0.5 THEN '13' ELSE '11' END)
			WHEN role = 'F' THEN (CASE WHEN urban AND u_alt < 0.55 THEN '11' ELSE '12' END)
			WHEN role = 'O' THEN (CASE WHEN u_alt < 0.3 THEN '81' ELSE '82' END)
			WHEN u_alt < 0.03 AND kind <> 'X' THEN '14' WHEN u_alt < 0.035 THEN '15'
			ELSE '12' END AS aic,
		CASE
			WHEN role = 'x93' THEN '93'
			WHEN age = 0 AND birth > q_end({{q}}) - INTERVAL 180 DAY AND u_m < 0.5 THEN '91'
			WHEN role = 'U' AND NOT compliant THEN (CASE WHEN u_m >= 0.30 THEN (CASE WHEN urban THEN '22' ELSE '23' END) ELSE '92' END)
			WHEN u_m < thr_m THEN (CASE WHEN role = 'U' THEN '92' WHEN u_int < 0.10 THEN '94' ELSE '91' END)
			WHEN role = 'U' THEN (CASE WHEN utype = '30' AND u_alt < 0.3 THEN '24' ELSE '21' END)
			WHEN nonlocal THEN (CASE WHEN origin_inprov = 1 THEN '81' ELSE '82' END)
			WHEN role = 'elder' AND urban AND u_alt < 0.75 THEN '21'
			-- 城乡居民医保 integration from 2017-09-30
			WHEN {{q}} >= 11 THEN '27'
			WHEN urban THEN '22' ELSE '23' END AS akc
	FROM ins
), allst AS (
	SELECT pen.*,
		CASE WHEN role = 'U' AND NOT compliant THEN '92'
			WHEN role = 'U' THEN (CASE WHEN u_i >= least(0.95, am * (0.15 - 0.11 * pg)) THEN '30' ELSE '92' END)
			WHEN role = 'O' THEN (CASE WHEN aic IN ('81', '82') THEN aic ELSE '91' END)
			WHEN role = 'x93' THEN '93' ELSE '95' END AS alc,
		CASE WHEN role = 'U' AND utype = '30' THEN '95'
			WHEN role = 'U' AND NOT compliant THEN '92'
			WHEN role = 'U' THEN (CASE WHEN u_j >= least(0.95, am * (0.30 - 0.20 * pg)) THEN '40' ELSE '92' END)
			WHEN role = 'O' THEN (CASE WHEN aic IN ('81', '82') THEN aic ELSE '91' END)
			WHEN role = 'x93' THEN '93' ELSE '95' END AS ajc,
		CASE WHEN role = 'U' AND NOT compliant THEN '92'
			WHEN role = 'U' THEN (CASE WHEN u_b >= least(0.95, am * (0.30 - 0.20 * pg)) THEN '50' ELSE '92' END)
			WHEN role = 'O' THEN (CASE WHEN aic IN ('81', '82') THEN aic ELSE '91' END)
			WHEN role = 'x93' THEN '93' ELSE '95' END AS amc,
		CASE WHEN role = 'kid' THEN '4' WHEN role IN ('pupil', 'student') THEN '5'
			WHEN role = 'elder' THEN (CASE WHEN aic BETWEEN '11' AND '15' OR aic IN ('81', '82') THEN '6' ELSE '3' END)
			WHEN role IN ('U', 'O') THEN '1' WHEN role = 'F' THEN '2' ELSE '3' END AS employment,
		-- insured at the start of the wave and matched by the data comparison → 本地参保直接入库
		NOT nonlocal AND u_reg < 0.75 AND role <> 'O'
			AND (CASE WHEN role IN ('kid', 'pupil', 'student') THEN u_m >= least(0.95, am * gm1) ELSE u_p >= thr_p0 END) AS direct
	FROM pen
)
SELECT pid, present, dirty, dirt, dirt_sub, birth, male, aab301, town, county, wq, verify_q, arrive_q, nonlocal,
	urban, age, role, employment, utype, ucq, u_alt, aic, akc, alc, ajc, amc, work, u_e15, u_span, u_p, thr_p0, am,
	gp1, gp2, u_m, gm1, gm2, u_dup, u_dupk, dl, origin, far_county, out_county, alt_county, u_term, u_ghost,
	id_region, u_sc, unit_idx, unit_k,
	-- before the wave, some insured persons are not yet matched and show as 个人未参保
	CASE WHEN NOT nonlocal AND {{q}} < wq AND u_match < 0.06 AND aic BETWEEN '11' AND '15' THEN '91' ELSE aic END AS aic_shown,
	CASE
		WHEN nonlocal THEN (CASE WHEN u_reg < 0.03 * dl THEN gpick(pid, 0, 'badreg', ['31', '32', '21', '22']) ELSE '11' END)
		WHEN {{q}} < wq THEN (CASE WHEN direct AND u_match > 0.8 THEN '11' ELSE '31' END)
		WHEN direct THEN '11'
		WHEN role = 'O' AND aic IN ('81', '82') AND {{q}} >= wq + 1 THEN (CASE WHEN aic = '82' THEN '22' ELSE '21' END)
		WHEN {{q}} >= verify_q THEN '32'
		ELSE '31' END AS reg_status,
	CASE WHEN role = 'U' THEN 'DW' || county || lpad(unit_idx::VARCHAR, 5, '0') END AS aab001
FROM allst;
