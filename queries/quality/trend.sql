-- docs/spec/METRICS.md "Data quality" over time: every rule's count for the region $region in every snapshot at or
-- before $as_of, from agg_person (persons rows counted where they lie; enrolment_unmatched ids where placed)
-- through its level rollup (queries/aggregate/person-rollup.sql): the region's own row per snapshot.
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, sum(persons) AS persons,
	sum(id_invalid) AS id_invalid, sum(id_legacy15) AS id_legacy15, sum(id_birth_mismatch) AS id_birth_mismatch,
	sum(id_gender_mismatch) AS id_gender_mismatch, sum(id_duplicate) AS id_duplicate,
	sum(missing_required) AS missing_required, sum(invalid_code) AS invalid_code,
	sum(reg_inconsistent) AS reg_inconsistent, sum(status_conflict) AS status_conflict,
	sum(enrolment_unmatched) AS enrolment_unmatched,
	-- the page's own rule (src/lib/shared/insurances.ts PAGE_ONLY_QUALITY_RULES)
	coalesce(sum(birth_unreadable), 0) AS birth_unreadable
FROM agg_person_level
WHERE as_of <= $as_of::DATE AND level_len = length($region) AND code = $region
GROUP BY as_of
ORDER BY as_of;
