-- 44号 第十三条 look-up: every snapshot's enrolment rows (参保记录) of the normalised id $id, wherever
-- insured (docs/spec/METRICS.md "Duplicates": active = status 1 or 4).
SELECT as_of, line_no, scheme, aab301, status, aab001, start_date, active
FROM enrolments WHERE id = $id
ORDER BY as_of DESC, scheme, line_no;
