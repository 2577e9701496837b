-- Employers for 稽核 in the region $region (an employer counts where its code lies: its units.csv AAB301),
-- snapshot $as_of, insurance $insurance, from agg_unit (queries/aggregate/unit-counts.sql). $order picks the
-- list (a fixed choice, never spliced):
--   'unit_not_enrolled'  staff marked 92 单位未予参保 (docs/spec/METRICS.md i.uninsured_unit), most first;
--   'shortfall'          headcount − insured staff (docs/spec/METRICS.md i.insured_local of the employer's persons
--                        rows), where the employer has fewer insured staff than its units.csv headcount.
-- One page: LIMIT $limit OFFSET $offset; `matching` is how many employers the list has in all; `place`
-- is the reference name of the employer's region code (null when it has none).
WITH picked AS (
	SELECT code, aab001, name, unit_type, headcount, persons, insured, uninsured, unit_not_enrolled,
		headcount - insured AS shortfall
	FROM agg_unit
	WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND insurance = $insurance
		AND CASE $order WHEN 'shortfall' THEN headcount > insured ELSE unit_not_enrolled > 0 END
)
, page AS (
	SELECT *, count(*) OVER () AS matching
	FROM picked
	ORDER BY CASE $order WHEN 'shortfall' THEN shortfall ELSE unit_not_enrolled END DESC, aab001
	LIMIT $limit OFFSET $offset
)
SELECT page.*, r.name AS place
FROM page LEFT JOIN regions r ON r.code = page.code
ORDER BY CASE $order WHEN 'shortfall' THEN shortfall ELSE unit_not_enrolled END DESC, aab001;
