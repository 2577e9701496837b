-- Whether the load wrote the transition matrix (queries/aggregate/change-counts.sql) for exactly the pair
-- $from → $to: then changes/matrix-counts.sql answers; else changes/matrix.sql joins the two summaries.
SELECT EXISTS (SELECT 1 FROM agg_change WHERE as_of = $to::DATE AND prev = $from::DATE) AS ready;
