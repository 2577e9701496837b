-- The 数据质量 page's own rules (src/lib/shared/insurances.ts PAGE_ONLY_QUALITY_RULES; not in docs/spec/METRICS.md,
-- docs/decisions.md "出生日期无法识别"): the count of the region $region itself (level_len = its length) and of
-- its codes at level $child_len (its children; NULL for a village, which has none) in snapshot $as_of, from
-- agg_person's level rollup (queries/aggregate/person-rollup.sql). `is_total` marks the region's own row.
SELECT code, level_len = length($region) AS is_total, coalesce(sum(birth_unreadable), 0) AS birth_unreadable
FROM agg_person_level
WHERE as_of = $as_of::DATE AND starts_with(code, $region)
	AND (level_len = length($region) OR level_len = $child_len)
	AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
GROUP BY ALL;
