-- issue 14 finding 3 / issue 20 (docs/security.md "Replacing a loaded quarter"): the persons of the
-- snapshot loaded for $as_of (NULL when none) and the persons staged to replace it.
SELECT
	(SELECT persons FROM snapshots WHERE as_of = $as_of::DATE) AS loaded,
	(SELECT count(*) FROM stg_persons) AS staged;
