-- population.csv (户籍人口数, 情况表 column 1). A value that is not a whole number counts as no figure.
INSERT INTO population
SELECT $as_of::DATE, rowid + 2, clean(aab301), clean(huji_population), TRY_CAST(clean(huji_population) AS BIGINT)
FROM stg_population;
