-- Freezes one issued 通报 (queries/store/bulletins.sql).
INSERT INTO bulletins (region, year, number, snapshot, insurance, unit, issued_on, issued_by, title, payload_json)
VALUES ($region, $year, $number, $snapshot, $insurance, $unit, $issued_on, $issued_by, $title, $payload_json)
RETURNING id;
