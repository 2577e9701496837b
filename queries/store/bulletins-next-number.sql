-- The next 期号 of a region's 通报 in a year: one more than the highest issued (queries/store/bulletins.sql).
SELECT (coalesce(max(number), 0) + 1)::INTEGER AS number FROM bulletins WHERE region = $region AND year = $year;
