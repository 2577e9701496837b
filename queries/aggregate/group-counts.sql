-- Per region code, insurance and expansion group: 应参未参 persons rows (METRICS.md "Expansion groups").
INSERT INTO agg_group
SELECT $as_of::DATE, code, insurance, grp, count(*)
FROM (
	SELECT code, insurance,
		unnest(expansion_groups(status, employment, aac012, aac009, hj_local, unit_small, unit_high_risk)) AS grp
	FROM (
		UNPIVOT (SELECT code, employment, aac012, aac009, hj_local, unit_small, unit_high_risk,
				aic003 AS "1", akc003 AS "2", alc003 AS "3", ajc003 AS "4", amc003 AS "5"
			FROM persons WHERE as_of = $as_of::DATE)
		ON "1", "2", "3", "4", "5" INTO NAME insurance VALUE status
	)
	WHERE status_uninsured(status)
)
GROUP BY ALL;
