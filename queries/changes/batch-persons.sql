-- docs/spec/METRICS.md "Changes between two snapshots" (a dispatched list): what a list of a batch shows of each of
-- the ids $ids (joined by ',') in snapshot $as_of — the first persons row's name, number as written,
-- phone, 户籍地址 and region, and its status of insurance $insurance.
SELECT id, arg_min(aac003, line_no) AS aac003, arg_min(aac002, line_no) AS aac002, arg_min(aae005, line_no) AS aae005,
	arg_min(aac010, line_no) AS aac010, arg_min(code, line_no) AS code,
	string_agg(DISTINCT of_insurance($insurance, aic003, akc003, alc003, ajc003, amc003), '/') AS status
FROM persons
WHERE as_of = $as_of::DATE AND id IN (SELECT unnest(string_split($ids, ',')))
GROUP BY id;
