-- Per region code, insurance and expansion group: 应参未参 persons rows (docs/spec/METRICS.md "Expansion groups").
-- The rows are first grouped by the columns expansion_groups reads, so its list is made once per group,
-- not once per persons row (as in group-cube.sql).
INSERT INTO agg_group
WITH uninsured AS (
	SELECT code, insurance, status, employment, aac012, aac009, hj_local, unit_small, unit_high_risk, count(*) AS n
	FROM (
		UNPIVOT (SELECT code, employment, aac012, aac009, hj_local, unit_small, unit_high_risk,
				aic003 AS "1", akc003 AS "2", alc003 AS "3", ajc003 AS "4", amc003 AS "5"
			FROM persons WHERE as_of = $as_of::DATE)
		ON "1", "2", "3", "4", "5" INTO NAME insurance VALUE status
	)
	WHERE status_uninsured(status)
	GROUP BY ALL
)
SELECT $as_of::DATE, code, insurance, grp, sum(n)
FROM (
	SELECT code, insurance, n,
		unnest(expansion_groups(status, employment, aac012, aac009, hj_local, unit_small, unit_high_risk)) AS grp
	FROM uninsured
)
GROUP BY ALL;
