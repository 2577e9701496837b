-- docs/spec/METRICS.md "Changes between two snapshots" (a dispatched list is followed the same way): the class of
-- each id of a batch in snapshot $as_of for insurance $insurance, from the per-id summary (agg_id_class;
-- 3 insured, 2 uninsured, 1 excluded, 0 other, NULL absent). $ids: the batch's ids joined by ','.
WITH ids AS (SELECT unnest(string_split($ids, ',')) AS id)
SELECT i.id, of_insurance($insurance, s.c1, s.c2, s.c3, s.c4, s.c5) AS k
FROM ids i LEFT JOIN agg_id_class s ON s.as_of = $as_of::DATE AND s.id = i.id;
