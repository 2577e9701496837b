-- Per region code, insurance ('1' pension … '5' maternity) and 参保状态 code: persons rows. Coverage
-- figures (docs/spec/METRICS.md "Coverage") are sums of these by status class.
-- Counted in two steps: persons rows are grouped by code and their five statuses first (about one
-- group per eight rows), then the groups are unpivoted and summed, instead of unpivoting every row.
-- A blank status gets no row (UNPIVOT drops NULLs).
INSERT INTO agg_status
WITH combinations AS (
	SELECT code, aic003 AS "1", akc003 AS "2", alc003 AS "3", ajc003 AS "4", amc003 AS "5", count(*) AS n
	FROM persons WHERE as_of = $as_of::DATE
	GROUP BY ALL
)
SELECT $as_of::DATE, code, insurance, status, sum(n)
FROM (UNPIVOT combinations ON "1", "2", "3", "4", "5" INTO NAME insurance VALUE status)
GROUP BY ALL;
