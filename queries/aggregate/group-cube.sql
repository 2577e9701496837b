-- The planner's cube (扩面人群 explorer), docs/spec/METRICS.md "Expansion groups (扩面重点人群)": 应参未参 persons rows
-- (status_uninsured: 91, 92 or 94 for the insurance; docs/spec/METRICS.md i.uninsured) per
--   code       the row's region code cut to township level (left(code, 9): villages fold into their
--              township; 6-digit and shorter codes stay as they are),
--   insurance  '1' pension … '5' maternity, and the status itself (91 / 92 / 94),
--   the free cuts of docs/spec/METRICS.md: age band at the as-of date (age_band, derived at load), 性别 AAC004,
--              户口性质 AAC009, 个人身份 AAC012, 就业状态 employment, 单位类型 (the employer's AAB019),
--   groups     the presets the rows belong to (expansion_groups macro, the same rule as agg_group),
-- so a preset's count for a region is sum(n) over rows whose groups contain it — equal to agg_group.
-- Counted in two steps: the rows are first grouped by the columns expansion_groups reads (plain values,
-- cheap to hash), then each group's list is made once and the groups merged by it (building and hashing
-- a list per persons row made this the dearest aggregate).
INSERT INTO agg_cube
WITH uninsured AS (
	SELECT left(code, 9) AS code, insurance, status, age_band, aac004 AS sex, aac009 AS hukou,
		aac012 AS identity, employment, unit_type, hj_local, unit_small, unit_high_risk, count(*) AS n
	FROM (
		UNPIVOT (SELECT code, age_band, aac004, aac009, aac012, employment, unit_type, hj_local, unit_small, unit_high_risk,
				aic003 AS "1", akc003 AS "2", alc003 AS "3", ajc003 AS "4", amc003 AS "5"
			FROM persons WHERE as_of = $as_of::DATE)
		ON "1", "2", "3", "4", "5" INTO NAME insurance VALUE status
	)
	WHERE status_uninsured(status)
	GROUP BY ALL
)
SELECT $as_of::DATE, code, insurance, status, age_band, sex, hukou, identity, employment, unit_type,
	expansion_groups(status, employment, identity, hukou, hj_local, unit_small, unit_high_risk) AS groups,
	sum(n) AS n
FROM uninsured
GROUP BY ALL;
