-- docs/spec/METRICS.md "入户调查 worklist", surveyors and reviewers: over the persons rows of region
-- $region with reg_status 32 (已核实入库), per trimmed AAE011 (经办人; blank → '') the rows verified and,
-- of them, the rows with a non-blank AAE014 (复核人) reviewed (role 'surveyor'); per non-blank AAE014
-- the rows reviewed_by (role 'reviewer'); and the rows with a blank AAE014 (role 'unreviewed', name '').
-- Values are stored trimmed, NULL when blank (queries/load/persons.sql). Reads agg_survey's 'verified' rows
-- (queries/aggregate/survey.sql: the 32 rows counted per code, AAE011 and AAE014), never the persons rows.
WITH verified AS (
	SELECT aae011, aae014, n FROM agg_survey
	WHERE as_of = $as_of::DATE AND kind = 'verified' AND starts_with(code, $region)
		AND code BETWEEN $region AND $region || repeat(chr(1114111), 12)
)
SELECT 'surveyor' AS role, coalesce(aae011, '') AS name, sum(n) AS verified, coalesce(sum(n) FILTER (WHERE aae014 IS NOT NULL), 0) AS reviewed
FROM verified GROUP BY coalesce(aae011, '')
UNION ALL
SELECT 'reviewer', aae014, sum(n), sum(n) FROM verified WHERE aae014 IS NOT NULL GROUP BY aae014
UNION ALL
SELECT 'unreviewed', '', coalesce(sum(n), 0), 0 FROM verified WHERE aae014 IS NULL;
