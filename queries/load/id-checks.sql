-- Two id checks in one count, before persons.sql writes the persons rows:
--   METRICS.md id_duplicate: the (non-blank, normalised) ids on more than one persons row (person_rows
--     > 1); persons.sql flags every row with one of them (an UPDATE of the written rows would make the
--     commit rewrite the column).
--   METRICS.md enrolment_unmatched: the enrolment ids with no persons row (person_rows = 0);
--     unmatched-enrolments.sql lists them.
-- The staged persons ids are normalised as persons.sql does (clean, upper, 15→18), cheaply with id_key
-- (queries/macros/identity.sql), and counted with the enrolment ids (stg_enrolment_ids, one row per id):
-- one grouping instead of a grouping and an anti-join against the written persons.
CREATE OR REPLACE TEMP TABLE stg_id_checks AS
WITH ids AS (
	SELECT id_key(u) AS id, 1 AS person_row
	FROM (SELECT upper(clean(aac002)) AS u FROM stg_persons)
	WHERE u IS NOT NULL
	UNION ALL
	SELECT id, 0 AS person_row FROM stg_enrolment_ids
)
SELECT id, sum(person_row) AS person_rows
FROM ids
GROUP BY id
HAVING sum(person_row) <> 1;
