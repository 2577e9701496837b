-- docs/spec/METRICS.md "入户调查 worklist", precomputed at load so the worklist reads no persons rows (issue 16:
-- the worklist answers in well under a second at 10M): the persons rows with reg_status 31 (to visit) counted
-- per region code and trimmed AAB402 (kind 'visit'; a blank key is NULL, each of its rows a household of
-- its own), and the rows with reg_status 32 (verified) per region code, 经办人 AAE011 and 复核人 AAE014
-- (kind 'verified'). Households are distinct keys within a bucket, so they are counted from these rows
-- at query time (queries/survey/worklist.sql), never summed.
INSERT INTO agg_survey
SELECT $as_of::DATE AS as_of, code, 'visit' AS kind, aab402, NULL AS aae011, NULL AS aae014, count(*) AS n
FROM persons WHERE as_of = $as_of::DATE AND reg_status = '31'
GROUP BY code, aab402
UNION ALL
SELECT $as_of::DATE, code, 'verified', NULL, aae011, aae014, count(*)
FROM persons WHERE as_of = $as_of::DATE AND reg_status = '32'
GROUP BY code, aae011, aae014
ORDER BY 2;
