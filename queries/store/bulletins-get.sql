-- One issued 通报 with its frozen figures (queries/store/bulletins.sql).
SELECT id, region, year, number, snapshot, insurance, unit, issued_on, issued_by, title, payload_json
FROM bulletins WHERE id = $id;
