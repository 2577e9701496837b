-- docs/spec/METRICS.md "入户调查 worklist": the persons rows of region $region with reg_status 31
-- (to visit) and 32 (verified), counted per reference child of length $child_len. A row reaches a
-- reference child when its code's $child_len-digit prefix is a code of the reference table (regions);
-- every other row of the region (blank AAB301 at the scope, a code shorter than the child level, a
-- child-level prefix without a reference name) is the 本级 row, bucket ''. Households are distinct
-- trimmed AAB402 keys within a bucket, each blank-keyed row a household of its own. $child_len 0 (a
-- village: no children) puts every row in the 本级 bucket. A code shorter than $child_len is never in
-- $children (every code there has that length). Reads agg_survey (queries/aggregate/survey.sql): the 31 rows
-- per code and household key, the 32 rows per code and staff; never the persons rows.
WITH rows AS (
	SELECT a.code, a.kind, a.aab402, a.n
	FROM agg_survey a
	WHERE a.as_of = $as_of::DATE AND starts_with(a.code, $region)
		AND a.code BETWEEN $region AND $region || repeat(chr(1114111), 12)
),
-- $children: the reference children's codes, comma-separated (from the reference table, as the
-- 情况表's rows; a list lookup per row is far cheaper than joining the 665,000-code regions table)
refs AS (SELECT string_split($children, ',') AS codes),
bucketed AS (
	SELECT r.*, CASE WHEN $child_len > 0 AND list_contains(refs.codes, left(r.code, $child_len)) THEN left(r.code, $child_len) ELSE '' END AS bucket
	FROM rows r, refs
)
SELECT bucket,
	coalesce(sum(n) FILTER (WHERE kind = 'visit'), 0) AS persons,
	(count(DISTINCT aab402) FILTER (WHERE kind = 'visit'))
		+ coalesce(sum(n) FILTER (WHERE kind = 'visit' AND aab402 IS NULL), 0) AS households,
	coalesce(sum(n) FILTER (WHERE kind = 'verified'), 0) AS verified
FROM bucketed
GROUP BY GROUPING SETS ((bucket), ())
ORDER BY bucket NULLS LAST;
