-- Tables the per-chunk tallies go into (see counts.sql).
CREATE OR REPLACE TABLE pop_counts (q INTEGER, town VARCHAR, n BIGINT);
CREATE OR REPLACE TABLE unit_counts (q INTEGER, county VARCHAR, unit_idx BIGINT, unit_k BIGINT, n BIGINT);
