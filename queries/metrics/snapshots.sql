-- The loaded snapshots, in as-of order (docs/spec/INTERFACE.md `canbao snapshots`).
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, scope, label, persons, enrolments, units, population,
	strftime(loaded_at, '%Y-%m-%dT%H:%M:%S') AS loaded_at
FROM snapshots
ORDER BY as_of;
