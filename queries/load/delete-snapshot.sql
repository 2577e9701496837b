-- SNAPSHOT.md / INTERFACE.md: loading the same as-of date again replaces that snapshot.
DELETE FROM persons WHERE as_of = $as_of::DATE;
DELETE FROM enrolments WHERE as_of = $as_of::DATE;
DELETE FROM units WHERE as_of = $as_of::DATE;
DELETE FROM population WHERE as_of = $as_of::DATE;
DELETE FROM agg_person WHERE as_of = $as_of::DATE;
DELETE FROM agg_status WHERE as_of = $as_of::DATE;
DELETE FROM agg_group WHERE as_of = $as_of::DATE;
DELETE FROM agg_person_level WHERE as_of = $as_of::DATE;
DELETE FROM agg_status_level WHERE as_of = $as_of::DATE;
DELETE FROM agg_group_level WHERE as_of = $as_of::DATE;
DELETE FROM agg_duplicate WHERE as_of = $as_of::DATE;
DELETE FROM agg_cube WHERE as_of = $as_of::DATE;
DELETE FROM agg_unit WHERE as_of = $as_of::DATE;
DELETE FROM agg_duplicate_person WHERE as_of = $as_of::DATE;
DELETE FROM agg_unmatched WHERE as_of = $as_of::DATE;
DELETE FROM snapshots WHERE as_of = $as_of::DATE;
