-- METRICS.md id_duplicate: the (non-blank, normalised) ids on more than one persons row; persons.sql
-- flags every row with one of them. Found from the staged rows before persons.sql writes them (an UPDATE
-- of the written rows would make the commit rewrite the column). The id is normalised as persons.sql
-- does (clean, upper, 15→18), cheaply with id_key (queries/macros/identity.sql).
CREATE OR REPLACE TEMP TABLE stg_duplicate_ids AS
WITH ids AS (SELECT upper(clean(aac002)) AS u FROM stg_persons)
SELECT id_key(u) AS id
FROM ids
WHERE u IS NOT NULL
GROUP BY 1
HAVING count(*) > 1;
