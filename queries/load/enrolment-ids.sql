-- Per enrolment id (METRICS.md "Identity": the normalised id; a blank one has none), what the later steps
-- ask of its enrolments, in one pass over them instead of three:
--   bits             the insurances it has an active enrolment (status 1 or 4) of, as bits of one
--                    integer: bit k-1 for insurance k anywhere, bit k+4 for insurance k inside the scope
--                    (33 = bits 0 and 5). persons.sql flags status_conflict with them.
--   maybe_duplicate  more active enrolments than insurances with one: some insurance has two or more
--                    (or a scheme outside 1–5 is active). duplicate-persons.sql counts these ids exactly.
-- Every id is here, so id-checks.sql finds the ids without a persons row from it.
CREATE OR REPLACE TEMP TABLE stg_enrolment_ids AS
WITH flagged AS (
	SELECT id, active,
		CASE WHEN active AND insurance IN ('1', '2', '3', '4', '5')
			THEN CASE WHEN starts_with(aab301, $scope) THEN 33 ELSE 1 END << (insurance::INTEGER - 1)
			ELSE 0 END AS bit
	FROM enrolments
	WHERE as_of = $as_of::DATE AND id IS NOT NULL
)
SELECT id, bit_or(bit) AS bits, count_if(active) > bit_count(bit_or(bit) & 31) AS maybe_duplicate
FROM flagged
GROUP BY id;
