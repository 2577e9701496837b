-- units.csv at quarter {{q}}: every employer with staff in the registry. The reported headcount
-- (employees) is above the registered staff: units also employ people registered elsewhere.
COPY (
WITH u AS (
	SELECT county, unit_idx AS idx, any_value(unit_k) AS k, sum(n) AS n
	FROM unit_counts WHERE q = {{q}} GROUP BY county, unit_idx
), ct AS (
	SELECT code AS t_code, name AS t_name, county AS t_county, (row_number() OVER (PARTITION BY county ORDER BY code) - 1)::BIGINT AS ctidx,
		count(*) OVER (PARTITION BY county) AS n_towns
	FROM towns
), typed AS (
	SELECT u.*, unit_type(u.county, u.idx, u.k) AS utype, c.name AS county_name,
		regexp_replace(c.name, '(自治县|县|区|特区|市)$', '') AS short,
		c.seat_s, c.seat_any
	FROM u JOIN counties c ON c.code = u.county
), named AS (
	SELECT typed.*, unit_industry(county, idx, utype) AS industry FROM typed
)
SELECT
	CASE WHEN idx < k * 0.05 THEN coalesce(seat_s, seat_any) ELSE t.t_code END AS AAB301,
	'DW' || named.county || lpad(idx::VARCHAR, 5, '0') AS AAB001,
	CASE
		WHEN utype = '30' THEN county_name || gov_names()[1 + idx % len(gov_names())]
		WHEN utype IN ('50', '55', '56', '57', '91') THEN county_name || gpick(county, idx, 'inst', inst_names(industry))
			|| CASE WHEN utype = '91' THEN '(民办)' ELSE '' END
		WHEN utype = '81' THEN short || gpick(county, idx, 'fw', firm_words()) || gpick(county, idx, 'tr', firm_trades(industry))
			|| CASE WHEN industry = 'F' THEN '经营部' ELSE '' END
		WHEN utype = '95' THEN t.t_name || gpick(county, idx, 'fw', firm_words()) || '村民委员会'
		WHEN utype = '96' THEN t.t_name || gpick(county, idx, 'fw', firm_words()) || '社区居民委员会'
		WHEN utype = '70' THEN county_name || gpick(county, idx, 'org', ['个体劳动者协会', '工商业联合会', '红十字会', '残疾人联合会'])
		WHEN utype = '90' THEN county_name || gpick(county, idx, 'org', ['社会组织服务中心', '老年协会', '慈善总会'])
		ELSE short || gpick(county, idx, 'fw', firm_words()) || gpick(county, idx, 'tr', firm_trades(industry))
			|| CASE WHEN idx < k * 0.05 THEN '集团有限责任公司' ELSE '有限公司' END
	END AS AAB004,
	utype AS AAB019,
	(n + ceil(n * 0.4 * gu(named.county, idx, 'hc')))::BIGINT::VARCHAR AS employees,
	industry
FROM named
LEFT JOIN ct t ON t.t_county = named.county AND t.ctidx = gi(named.county, idx, 'utown', 1000003) % t.n_towns
ORDER BY AAB001
) TO '{{file}}' ({{options}});
