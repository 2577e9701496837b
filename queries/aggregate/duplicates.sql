-- docs/spec/METRICS.md "Duplicates": per region code and insurance, persons (distinct id) with two or more active
-- enrolments ('enrolled'), two or more benefit enrolments ('benefit'), each scheme pair ('pair', key
-- "11+12"; a person counts once under each distinct pair) and the widest span of their active
-- enrolments' own AAB301 ('span'). Counted from the per-person list (duplicate-persons.sql), which
-- places each id as docs/spec/METRICS.md says: its persons row's lowest AAB301, else its enrolments' lowest.
INSERT INTO agg_duplicate
SELECT as_of, code, insurance, 'enrolled', '', count(*) FROM agg_duplicate_person WHERE as_of = $as_of::DATE GROUP BY ALL
UNION ALL
SELECT as_of, code, insurance, 'benefit', '', count(*) FROM agg_duplicate_person WHERE as_of = $as_of::DATE AND benefit_rows >= 2 GROUP BY ALL
UNION ALL
SELECT as_of, code, insurance, 'span', span, count(*) FROM agg_duplicate_person WHERE as_of = $as_of::DATE GROUP BY ALL
UNION ALL
SELECT as_of, code, insurance, 'pair', pair, count(*)
FROM (SELECT as_of, code, insurance, unnest(pairs) AS pair FROM agg_duplicate_person WHERE as_of = $as_of::DATE)
GROUP BY ALL;
