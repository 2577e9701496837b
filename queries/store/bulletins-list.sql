-- The archive: issued 通报 of the region and the regions under it, newest first (queries/store/bulletins.sql).
SELECT id, region, year, number, snapshot, insurance, unit, issued_on, issued_by, title
FROM bulletins WHERE starts_with(region, $region)
ORDER BY issued_at DESC, id DESC LIMIT 200;
