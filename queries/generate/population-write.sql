-- population.csv at quarter {{q}}: 户籍人口数 per township. The official figure is 100-106% of the local
-- persons in the registry (not everyone is registered yet, so (2)<=(1) holds for almost every row), and
-- 1% of townships have no figure (the 公安 extract misses a few; their prefecture may then fail (2)<=(1)).
COPY (
	SELECT town AS AAB301,
		round(sum(n) * (1.0 + 0.06 * gu(town, 0, 'huji')))::BIGINT::VARCHAR AS huji_population
	FROM pop_counts
	WHERE q = {{q}} AND gu(town, 0, 'nopop') >= 0.01
	GROUP BY town
	ORDER BY town
) TO '{{file}}' ({{options}});
