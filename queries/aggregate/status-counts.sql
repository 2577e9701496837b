-- Per region code, insurance ('1' pension … '5' maternity) and 参保状态 code: persons rows. Coverage
-- figures (METRICS.md "Coverage") are sums of these by status class.
INSERT INTO agg_status
SELECT $as_of::DATE, code, insurance, status, count(*)
FROM (
	UNPIVOT (SELECT code, aic003 AS "1", akc003 AS "2", alc003 AS "3", ajc003 AS "4", amc003 AS "5"
		FROM persons WHERE as_of = $as_of::DATE)
	ON "1", "2", "3", "4", "5" INTO NAME insurance VALUE status
)
GROUP BY ALL;
