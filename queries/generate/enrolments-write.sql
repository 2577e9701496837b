-- enrolments.csv rows of the chunk at quarter {{q}}: one row per enrolment in an insurance business
-- system, consistent with the persons' statuses, plus the dirt business systems really carry:
-- duplicate enrolments (k 20-23), old terminated/suspended rows (30-31), rows of persons who died
-- (they linger two quarters), rows whose id has no persons row (40), legacy 15-digit ids.
-- The share of duplicates and legacy ids falls as the region's wave progresses (dl).
COPY (
WITH e AS (
	SELECT pq.*, i.id18, c.name,
		CASE WHEN dirty AND dirt IN (3, 4) THEN 'same-as-person'
			WHEN u_e15 < 0.04 * dl AND year(birth) BETWEEN 1900 AND 1999 THEN substr(id18, 1, 6) || substr(id18, 9, 9)
			WHEN u_e15 > 0.995 THEN lower(id18)
			ELSE id18 END AS eid0,
		CASE WHEN length(aab301) = 12 AND u_span < 0.5 THEN aab301
			WHEN aab301 = county || '000' THEN county ELSE town END AS home,
		-- quarter the person joined, where the threshold crossed their draw (see persons-quarter.sql)
		CASE WHEN u_p >= thr_p0 THEN NULL
			ELSE greatest(0, least({{q}}, wq - 1 + ceil((thr_p0 - u_p) / nullif(am * (gp1 - gp2), 0) * prog_len(wq))))::INT END AS qj_p,
		CASE WHEN u_m >= least(0.95, am * gm1) THEN NULL
			ELSE greatest(0, least({{q}}, wq - 1 + ceil((am * gm1 - u_m) / nullif(am * (gm1 - gm2), 0) * prog_len(wq))))::INT END AS qj_m,
		u_dup < 0.035 * dl AS dup
	FROM pq JOIN chunk_ids i USING (pid) JOIN (SELECT pid, name FROM chunk) c USING (pid)
), e2 AS (
	SELECT e.*,
		CASE WHEN eid0 = 'same-as-person' THEN (CASE WHEN dirt = 3 THEN substr(id18, 1, 17) || CASE substr(id18, 18, 1) WHEN 'X' THEN '0' WHEN '9' THEN 'X'
				ELSE ((substr(id18, 18, 1)::INT + 1) % 10)::VARCHAR END
			ELSE substr(id18, 1, 10) || '0230' || substr(id18, 15, 3) || gb_check(substr(id18, 1, 10) || '0230' || substr(id18, 15, 3)) END)
			ELSE eid0 END AS eid,
		ymd(greatest(birth, CASE
			WHEN work = 'U' AND ucq > 0 AND ucq <= {{q}} THEN q_start(ucq) + to_days(gi(pid, 0, 'sd', 80)::INTEGER)
			WHEN qj_p IS NULL THEN DATE '2000-01-01' + to_days(gi(pid, 0, 'sd', 5380)::INTEGER)
			ELSE q_start(qj_p) + to_days(gi(pid, 0, 'sd', 80)::INTEGER) END)) AS start_p,
		ymd(greatest(birth, CASE
			WHEN qj_m IS NULL THEN DATE '2003-07-01' + to_days(gi(pid, 1, 'sd', 4100)::INTEGER)
			ELSE q_start(qj_m) + to_days(gi(pid, 1, 'sd', 80)::INTEGER) END)) AS start_m,
		CASE WHEN employment = '6' THEN '4' ELSE '1' END AS pstat
	FROM e
), rows AS (
	-- 10 pension, 11 medical, 12-14 injury/unemployment/maternity of the unit
	SELECT pid, 10 AS k, eid, name, aic AS scheme,
		CASE WHEN aic IN ('11', '13') THEN county ELSE home END AS aab301, pstat AS status,
		CASE WHEN aic IN ('11', '13') THEN aab001 END AS aab001, start_p AS start_date
	FROM e2 WHERE aic BETWEEN '11' AND '15' AND NOT (u_sc < 0.005 * dl)
	UNION ALL
	SELECT pid, 11, eid, name, akc, CASE WHEN akc IN ('21', '24') THEN county ELSE home END, '1',
		CASE WHEN akc IN ('21', '24') THEN aab001 END, start_m
	FROM e2 WHERE akc BETWEEN '21' AND '27' AND NOT (u_sc > 1 - 0.004 * dl)
	UNION ALL
	SELECT pid, 12, eid, name, '30', county, '1', aab001, start_p FROM e2 WHERE alc = '30'
	UNION ALL
	SELECT pid, 13, eid, name, '40', county, '1', aab001, start_p FROM e2 WHERE ajc = '40'
	UNION ALL
	SELECT pid, 14, eid, name, '50', county, '1', aab001, start_p FROM e2 WHERE amc = '50'
	UNION ALL
	-- interrupted (94): the enrolment is suspended, status 2
	SELECT pid, 15, eid, name, CASE WHEN urban THEN '11' ELSE '12' END, home, '2', NULL, start_p
	FROM e2 WHERE aic = '94' AND u_alt < 0.7
	UNION ALL
	SELECT pid, 16, eid, name, CASE WHEN urban THEN '22' ELSE '23' END, home, '2', NULL, start_m
	FROM e2 WHERE akc = '94' AND u_alt < 0.7
	UNION ALL
	-- insured elsewhere (81/82): half of them show up with the other jurisdiction's record
	SELECT pid, 17, eid, name, CASE WHEN role = 'elder' THEN '12' ELSE '11' END,
		CASE WHEN aic = '81' THEN coalesce(origin, far_county) ELSE coalesce(origin, out_county) END, pstat, NULL, start_p
	FROM e2 WHERE aic IN ('81', '82') AND u_alt < 0.5
	UNION ALL
	SELECT pid, 18, eid, name, CASE WHEN urban THEN '22' ELSE '23' END,
		CASE WHEN akc = '81' THEN coalesce(origin, far_county) ELSE coalesce(origin, out_county) END, '1', NULL, start_m
	FROM e2 WHERE akc IN ('81', '82') AND u_m < 0.5
	UNION ALL
	-- duplicate pension: 11+12 and 13+11 in the same county, 12+12 across counties, prefectures, provinces
	SELECT pid, 20, eid, name, CASE WHEN aic = '13' THEN '11' ELSE '12' END,
		CASE WHEN aic IN ('11', '13') THEN home WHEN u_span < 0.45 THEN alt_county WHEN u_span < 0.75 THEN far_county ELSE out_county END,
		pstat, NULL, start_p
	FROM e2 WHERE dup AND u_dupk < 0.35 AND aic IN ('11', '12', '13') AND NOT nonlocal
	UNION ALL
	-- duplicate medical: 22+23 (urban and rural schemes), 23+23 / 27+27 where migrants enrol twice, 21+23
	SELECT pid, 21, eid, name, CASE WHEN akc = '23' AND u_span < 0.4 THEN '22' WHEN akc IN ('22', '21') THEN '23' ELSE akc END,
		CASE WHEN akc IN ('22', '21') OR (akc = '23' AND u_span < 0.4) THEN home
			WHEN u_span < 0.7 THEN alt_county
			WHEN u_span < 0.9 THEN far_county ELSE out_county END,
		'1', NULL, start_m
	FROM e2 WHERE dup AND u_dupk >= 0.35 AND akc IN ('21', '22', '23', '27') AND NOT nonlocal
	UNION ALL
	-- pensioners drawing a second benefit (重复领取)
	SELECT pid, 22, eid, name, CASE WHEN aic = '12' THEN '11' ELSE '12' END, home, '4', NULL, start_p
	FROM e2 WHERE employment = '6' AND aic IN ('11', '12', '13') AND u_dupk < 0.012 * dl
	UNION ALL
	-- old enrolments elsewhere: terminated (3) after a move, suspended (2) and never closed
	SELECT pid, 30, eid, name, CASE WHEN aic BETWEEN '11' AND '15' THEN aic ELSE '12' END, alt_county, '3', NULL, start_p
	FROM e2 WHERE u_term < 0.03
	UNION ALL
	SELECT pid, 31, eid, name, CASE WHEN akc BETWEEN '21' AND '27' THEN akc ELSE '23' END, far_county, '2', NULL, start_m
	FROM e2 WHERE u_term BETWEEN 0.03 AND 0.04
	UNION ALL
	-- enrolments whose id has no persons row: sequence numbers 900-999 are never given to persons
	SELECT pid, 40, (id_region || ymd(birth) || lpad((900 + gi(pid, 0, 'gseq', 100))::VARCHAR, 3, '0'))
			|| gb_check(id_region || ymd(birth) || lpad((900 + gi(pid, 0, 'gseq', 100))::VARCHAR, 3, '0')),
		name, CASE WHEN u_alt < 0.5 THEN '12' ELSE '23' END, CASE WHEN u_alt < 0.8 THEN home ELSE county END, '1', NULL, start_m
	FROM e2 WHERE u_ghost < 0.0015 * dl
)
SELECT eid AS AAC002, name AS AAC003, scheme, aab301 AS AAB301, status, aab001 AS AAB001, start_date
FROM rows
WHERE aab301 IS NOT NULL
ORDER BY pid, k
) TO '{{file}}' ({{options}});
