-- Per normalised id (docs/spec/METRICS.md "Identity"; a blank id has none) of the staged persons rows and the
-- written enrolments, what the later steps ask, in one grouping before persons.sql writes the persons:
--   person_rows      how many persons rows carry it. More than one: docs/spec/METRICS.md id_duplicate (persons.sql
--                    flags every such row; an UPDATE of written rows would make the commit rewrite the
--                    column). None: an enrolment id without a persons row, docs/spec/METRICS.md enrolment_unmatched
--                    (unmatched-enrolments.sql lists them).
--   bits             the insurances it has an active enrolment (status 1 or 4) of, as bits of one
--                    integer: bit k-1 for insurance k anywhere, bit k+4 for insurance k inside the scope
--                    (33 = bits 0 and 5). persons.sql flags status_conflict with them.
--   maybe_duplicate  more active enrolments than insurances with one: some insurance has two or more
--                    (or a scheme outside 1–5 is active). duplicate-persons.sql counts these ids exactly.
-- The staged persons ids are normalised as persons.sql does (trim, upper, 15→18), cheaply with id_key
-- (queries/macros/identity.sql). One grouping replaces an aggregate inside persons.sql, a grouping of the
-- persons ids and an anti-join against the written persons.
CREATE OR REPLACE TEMP TABLE stg_ids AS
WITH rows AS (
	SELECT id, 0 AS person_row, active,
		CASE WHEN active AND insurance IN ('1', '2', '3', '4', '5')
			THEN CASE WHEN starts_with(aab301, $scope) THEN 33 ELSE 1 END << (insurance::INTEGER - 1)
			ELSE 0 END AS bit
	FROM enrolments
	WHERE as_of = $as_of::DATE AND id IS NOT NULL
	UNION ALL
	SELECT id_key(u), 1, false, 0
	FROM (
		-- trimmed with clean() only on the lines with white space, as persons.sql does
		SELECT upper(CASE WHEN rowid + 2 IN (FROM stg_persons_spaced) OR (SELECT bool_or(line_no IS NULL) FROM stg_persons_spaced)
			THEN clean(aac002) ELSE nullif(aac002, '') END) AS u
		FROM stg_persons
	)
	WHERE u IS NOT NULL
)
SELECT id, sum(person_row) AS person_rows, bit_or(bit) AS bits,
	count_if(active) > bit_count(bit_or(bit) & 31) AS maybe_duplicate
FROM rows
GROUP BY id;
