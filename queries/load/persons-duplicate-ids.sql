-- METRICS.md id_duplicate: the (non-blank, normalised) ids on more than one persons row; persons.sql
-- flags every row with one of them. Found from the staged rows before persons.sql writes them (an UPDATE
-- of the written rows would make the commit rewrite the column). The id is normalised as persons.sql
-- does (clean, upper, 15→18), cheaply: only a 15-character id can be a valid 15-digit one; any other
-- normalises to itself.
CREATE OR REPLACE TEMP TABLE stg_duplicate_ids AS
WITH ids AS (SELECT upper(clean(aac002)) AS u FROM stg_persons)
SELECT CASE WHEN length(u) = 15 THEN id_normalise(u, id_kind(u)) ELSE u END AS id
FROM ids
WHERE u IS NOT NULL
GROUP BY 1
HAVING count(*) > 1;
