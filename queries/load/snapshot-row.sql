-- The snapshots list (docs/spec/INTERFACE.md `canbao snapshots`).
INSERT INTO snapshots
SELECT $as_of::DATE, $scope, $label,
	(SELECT count(*) FROM persons WHERE as_of = $as_of::DATE),
	(SELECT count(*) FROM enrolments WHERE as_of = $as_of::DATE),
	(SELECT count(*) FROM units WHERE as_of = $as_of::DATE),
	(SELECT count(*) FROM population WHERE as_of = $as_of::DATE),
	now()::TIMESTAMP, $source;
