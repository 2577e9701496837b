-- population.csv at quarter {{q}}: 户籍人口数 per township. The official figure is 99-104% of the local
-- persons in the registry (registration below 100%, so (2)<=(1) usually holds, failing where the
-- factor is below 1), and 4% of townships have no figure.
COPY (
	SELECT town AS AAB301,
		round(sum(n) * (0.992 + 0.05 * gu(town, 0, 'huji')))::BIGINT::VARCHAR AS huji_population
	FROM pop_counts
	WHERE q = {{q}} AND gu(town, 0, 'nopop') >= 0.04
	GROUP BY town
	ORDER BY town
) TO '{{file}}' ({{options}});
