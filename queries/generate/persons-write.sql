-- persons.csv rows of the chunk at quarter {{q}}, with the deliberate dirt still present applied.
-- dirt: 1 legacy 15-digit id, 2 lower-case x, 3 bad check digit, 4 impossible birth date in the id,
-- 5 AAC006 ≠ id birth date, 6 AAC004 ≠ id sex, 7 a required value missing, 8 an invalid code,
-- 9 a second persons row with the same id (registered again in another township).
COPY (
WITH p AS (
	SELECT pq.*, i.id18, c.name, c.address, c.aac010, c.aab401, c.aab402, c.mobile, c.alt_town, c.alt_town_address,
		c.op_name, c.rv_name, c.sv_name,
		dirty AND dirt = 7 AS miss, dirty AND dirt = 8 AS bad,
		CASE
			WHEN dirty AND dirt = 1 AND year(birth) BETWEEN 1900 AND 1999 THEN substr(id18, 1, 6) || substr(id18, 9, 9)
			WHEN dirty AND dirt = 2 THEN lower(id18)
			WHEN dirty AND dirt = 3 THEN substr(id18, 1, 17) || CASE substr(id18, 18, 1) WHEN 'X' THEN '0' WHEN '9' THEN 'X'
				ELSE ((substr(id18, 18, 1)::INT + 1) % 10)::VARCHAR END
			WHEN dirty AND dirt = 4 THEN substr(id18, 1, 10) || '0230' || substr(id18, 15, 3)
				|| gb_check(substr(id18, 1, 10) || '0230' || substr(id18, 15, 3))
			ELSE id18 END AS aac002
	FROM pq JOIN chunk_ids i USING (pid)
	JOIN (SELECT pid, name, address, aac010, aab401, aab402, mobile, alt_town, alt_town_address, op_name, rv_name, sv_name FROM chunk) c USING (pid)
	WHERE present
), rows AS (
	SELECT pid, 0 AS copy, aab301, town, p.* EXCLUDE (pid, aab301, town, address), address FROM p
	UNION ALL
	SELECT pid, 1 AS copy, alt_town AS aab301, alt_town AS town, p.* EXCLUDE (pid, aab301, town, address),
		alt_town_address || gpick(pid, 0, 'road', road_words()) || '路' || (1 + gi(pid, 0, 'no2', 300))::VARCHAR || '号' AS address
	FROM p WHERE dirty AND dirt = 9 AND alt_town IS NOT NULL
), staff AS (
	-- who entered and reviewed the registration: county operators, township survey teams
	SELECT rows.*,
		CASE WHEN reg_status = '32' THEN q_start(verify_q) + to_days(gi(pid, 0, 'vd', 85)::INTEGER)
			WHEN reg_status IN ('21', '22') THEN q_start(wq + 1) + to_days(gi(pid, 0, 'rd', 60)::INTEGER)
			WHEN nonlocal THEN q_start(arrive_q) + to_days(gi(pid, 0, 'rd', 60)::INTEGER)
			WHEN {{q}} < wq THEN DATE '2014-10-08' + to_days(gi(pid, 0, 'rd', 60)::INTEGER)
			ELSE q_start(wq) + to_days(gi(pid, 0, 'rd', 60)::INTEGER) END AS d36
	FROM rows
), dated AS (
	SELECT staff.*, least(greatest(d36, birth), q_end({{q}})) AS e036,
		least(greatest(d36, birth), q_end({{q}})) + to_days(3 + gi(pid, 0, 'rv', 40)::INTEGER) AS e015
	FROM staff
)
SELECT
	'P' || lpad(pid::VARCHAR, 10, '0') || CASE WHEN copy = 1 THEN 'B' ELSE '' END AS AAC001,
	CASE WHEN miss AND dirt_sub = 1 THEN NULL ELSE name END AS AAC003,
	CASE WHEN bad AND dirt_sub = 5 THEN '3'
		WHEN dirty AND dirt = 6 THEN (CASE WHEN male THEN '2' ELSE '1' END)
		WHEN male THEN '1' ELSE '2' END AS AAC004,
	aac002 AS AAC002,
	CASE WHEN miss AND dirt_sub = 0 THEN NULL
		WHEN dirty AND dirt = 5 THEN ymd(birth + to_days(1 + gi(pid, 0, 'bm', 400)::INTEGER))
		ELSE ymd(birth) END AS AAC006,
	CASE WHEN bad AND dirt_sub = 2 THEN '99'
		WHEN employment = '4' THEN '90' WHEN employment = '5' THEN '31'
		WHEN role = 'x93' THEN (CASE WHEN u_alt < 0.4 THEN '37' ELSE '90' END)
		WHEN employment = '6' THEN (CASE WHEN urban THEN '80' ELSE '27' END)
		WHEN role = 'O' THEN '24'
		WHEN employment = '1' THEN (CASE
			WHEN utype = '30' THEN (CASE WHEN u_alt < 0.85 THEN '11' ELSE '12' END)
			WHEN utype IN ('50', '55', '56', '57') THEN (CASE WHEN u_alt < 0.6 THEN '13' ELSE '17' END)
			WHEN utype = '10' THEN (CASE WHEN u_alt < 0.12 THEN '21' WHEN u_alt < 0.25 THEN '13' WHEN u_alt < 0.35 THEN '17' ELSE '24' END)
			WHEN utype = '81' THEN '24' ELSE '17' END)
		WHEN employment = '2' THEN (CASE WHEN u_alt < 0.45 THEN '51' ELSE '54' END)
		WHEN urban OR nonlocal THEN '70' ELSE '27' END AS AAC012,
	CASE WHEN bad AND dirt_sub = 1 THEN '23'
		WHEN nonlocal THEN (CASE WHEN urban THEN '12' ELSE '22' END)
		WHEN urban THEN '11' ELSE '21' END AS AAC009,
	CASE WHEN miss AND dirt_sub = 3 THEN NULL ELSE aac010 END AS AAC010,
	CASE WHEN miss AND dirt_sub = 2 THEN NULL ELSE address END AS AAE006,
	aab401 AS AAB401,
	aab402 AS AAB402,
	CASE WHEN miss AND dirt_sub = 5 THEN NULL ELSE aab301 END AS AAB301,
	CASE WHEN age < 16 OR (age >= 70 AND u_alt < 0.3) THEN NULL ELSE mobile END AS AAE005,
	CASE WHEN bad AND dirt_sub = 3 THEN '16' ELSE aic_shown END AS AIC003,
	CASE WHEN miss AND dirt_sub = 4 THEN NULL WHEN bad AND dirt_sub = 0 THEN '28' ELSE akc END AS AKC003,
	alc AS ALC003, ajc AS AJC003, amc AS AMC003,
	CASE WHEN reg_status = '32' THEN sv_name ELSE op_name END AS AAE011,
	ymd(e036) AS AAE036,
	CASE WHEN reg_status IN ('31') OR e015 > q_end({{q}}) THEN NULL
		ELSE rv_name END AS AAE014,
	CASE WHEN reg_status IN ('31') OR e015 > q_end({{q}}) THEN NULL ELSE ymd(e015) END AS AAE015,
	CASE WHEN nonlocal THEN '0' ELSE '1' END AS hj_local,
	reg_status,
	CASE WHEN bad AND dirt_sub = 4 THEN '7' ELSE employment END AS employment,
	aab001 AS AAB001
FROM dated
ORDER BY pid, copy
) TO '{{file}}' ({{options}});
