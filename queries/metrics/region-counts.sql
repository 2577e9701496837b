-- Additive counts of docs/spec/METRICS.md "Registration" and "Data quality" for the region $region (a code
-- prefix) in snapshot $as_of, grouped by the child prefix of length $child_len (a region level: 2, 4, 6,
-- 9 or 12; the region's own length gives the region itself). Every figure is a sum over the codes the
-- region prefixes (agg_person, queries/aggregate/person-counts.sql), read from the level rollup
-- (queries/aggregate/person-rollup.sql): the rows of that level under the region.
SELECT code AS child, coalesce(sum(persons), 0) AS persons,
	coalesce(sum(obtained), 0) AS obtained, coalesce(sum(direct), 0) AS direct,
	coalesce(sum(direct_nonlocal), 0) AS direct_nonlocal,
	coalesce(sum(confirmed_in_province), 0) AS confirmed_in_province,
	coalesce(sum(confirmed_out_province), 0) AS confirmed_out_province,
	coalesce(sum(to_verify), 0) AS to_verify, coalesce(sum(verified), 0) AS verified,
	coalesce(sum(id_invalid), 0) AS id_invalid, coalesce(sum(id_legacy15), 0) AS id_legacy15,
	coalesce(sum(id_birth_mismatch), 0) AS id_birth_mismatch,
	coalesce(sum(id_gender_mismatch), 0) AS id_gender_mismatch,
	coalesce(sum(id_duplicate), 0) AS id_duplicate, coalesce(sum(missing_required), 0) AS missing_required,
	coalesce(sum(invalid_code), 0) AS invalid_code, coalesce(sum(reg_inconsistent), 0) AS reg_inconsistent,
	coalesce(sum(status_conflict), 0) AS status_conflict,
	coalesce(sum(enrolment_unmatched), 0) AS enrolment_unmatched
FROM agg_person_level
WHERE as_of = $as_of::DATE AND level_len = $child_len AND starts_with(code, $region)
	-- the same codes (none is longer than 12), as a range DuckDB's zone maps can skip row groups with
	AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
GROUP BY 1;
