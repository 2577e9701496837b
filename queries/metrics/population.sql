-- docs/spec/METRICS.md huji_population (情况表 column 1): the sum of population.csv over its rows in the region,
-- by child prefix; a child with no row has no figure (NULL), not 0.
SELECT left(aab301, $child_len) AS child, sum(value) AS huji_population
FROM population
WHERE as_of = $as_of::DATE AND starts_with(aab301, $region) AND length(aab301) >= $child_len
GROUP BY 1;
