-- docs/spec/METRICS.md "Changes between two snapshots": persons rows with a blank or invalid AAC002 are not
-- matched across snapshots and are counted apart (unmatched_a / unmatched_b), each placed by its own
-- AAB301 (persons.code: the scope when blank). Per region code, like agg_person.
INSERT INTO agg_id_unmatched
SELECT $as_of::DATE AS as_of, code, count(*) AS n
FROM persons
WHERE as_of = $as_of::DATE AND (id_kind IS NULL OR id_kind = 'invalid')
GROUP BY code;
