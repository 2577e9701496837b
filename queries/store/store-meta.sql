-- The work store's own bookkeeping (src/lib/server/store/work-store.ts): one row per feature schema.
CREATE TABLE IF NOT EXISTS store_meta (name VARCHAR PRIMARY KEY, created_at TIMESTAMP DEFAULT current_timestamp);
