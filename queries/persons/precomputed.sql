-- Whether the precomputed list table $table (agg_duplicate_person, agg_unmatched) exists and holds rows of
-- snapshot $as_of: a snapshot loaded before these tables existed is listed by scanning instead.
SELECT count(*) > 0 AS ready
FROM duckdb_tables()
WHERE table_name = $table;
