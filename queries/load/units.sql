-- units.csv (单位基础信息), trimmed.
INSERT INTO units
SELECT $as_of::DATE, rowid + 2, clean(aab301), clean(aab001), clean(aab004), clean(aab019),
	clean(employees), clean(industry)
FROM stg_units;
