-- docs/spec/METRICS.md "入户调查 worklist": the persons rows of region $region with reg_status 31
-- (to visit) and 32 (verified), counted per reference child of length $child_len. A row reaches a
-- reference child when its code's $child_len-digit prefix is a code of the reference table (regions);
-- every other row of the region (blank AAB301 at the scope, a code shorter than the child level, a
-- child-level prefix without a reference name) is the 本级 row, bucket ''. Households are distinct
-- trimmed AAB402 keys within a bucket, each blank-keyed row a household of its own. $child_len 0 (a
-- village: no children) puts every row in the 本级 bucket. A code shorter than $child_len is never in
-- $children (every code there has that length).
WITH rows AS (
	SELECT p.code, p.reg_status, p.aab402, p.line_no
	FROM persons p
	WHERE p.as_of = $as_of::DATE AND starts_with(p.code, $region)
		AND p.code BETWEEN $region AND $region || repeat(chr(1114111), 12)
		AND p.reg_status IN ('31', '32')
),
-- $children: the reference children's codes, comma-separated (from the reference table, as the
-- 情况表's rows; a list lookup per row is far cheaper than joining the 665,000-code regions table)
refs AS (SELECT string_split($children, ',') AS codes),
bucketed AS (
	SELECT r.*, CASE WHEN $child_len > 0 AND list_contains(refs.codes, left(r.code, $child_len)) THEN left(r.code, $child_len) ELSE '' END AS bucket
	FROM rows r, refs
)
SELECT bucket,
	count(*) FILTER (WHERE reg_status = '31') AS persons,
	(count(DISTINCT aab402) FILTER (WHERE reg_status = '31'))
		+ count(*) FILTER (WHERE reg_status = '31' AND aab402 IS NULL) AS households,
	count(*) FILTER (WHERE reg_status = '32') AS verified
FROM bucketed
GROUP BY GROUPING SETS ((bucket), ())
ORDER BY bucket NULLS LAST;
