-- How many of one employer's staff (persons rows of snapshot $as_of naming AAB001 $aab001) are registered
-- inside the region $region and how many elsewhere (the staff list shows the first only).
SELECT count_if(starts_with(code, $region)) AS inside, count_if(NOT starts_with(code, $region)) AS elsewhere
FROM persons WHERE as_of = $as_of::DATE AND aab001 = $aab001;
