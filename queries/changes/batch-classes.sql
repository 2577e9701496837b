-- docs/spec/METRICS.md "Changes between two snapshots" (a dispatched list is followed the same way): the class of
-- each id of a batch in snapshot $as_of for insurance $insurance, from the per-id summary (agg_id_class;
-- 3 insured, 2 uninsured, 1 excluded, 0 other, NULL absent). $ids: the batch's ids joined by ','.
WITH ids AS (SELECT unnest(string_split($ids, ',')) AS id)
SELECT i.id, CASE $insurance WHEN '1' THEN s.c1 WHEN '2' THEN s.c2 WHEN '3' THEN s.c3 WHEN '4' THEN s.c4 ELSE s.c5 END AS k
FROM ids i LEFT JOIN agg_id_class s ON s.as_of = $as_of::DATE AND s.id = i.id;
