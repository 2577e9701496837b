-- Running tallies of the chunk at quarter {{q}} for the files written after all chunks:
-- local persons per township (population.csv) and staff per employer (units.csv).
INSERT INTO pop_counts
SELECT {{q}} AS q, town, count(*) AS n FROM pq
WHERE present AND NOT nonlocal AND aab301 <> county || '000'
GROUP BY town;

INSERT INTO unit_counts
SELECT {{q}} AS q, county, unit_idx, any_value(unit_k) AS unit_k, count(*) AS n FROM pq
WHERE present AND role = 'U'
GROUP BY county, unit_idx;
