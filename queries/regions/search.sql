-- Region search (issue 20: finding a region by name, not only by drilling). Not a figure of
-- docs/spec/METRICS.md; names come from the reference table as docs/spec/METRICS.md says ("Region names and the
-- list of child regions come from the reference table"). Regions inside $scope (a code prefix: the
-- user's scope) whose name contains $text; names that start with it first, then higher levels, then
-- by code. The code range lets the scan skip the rest of China (see queries/metrics/region-names.sql).
SELECT code, name FROM regions
WHERE code BETWEEN $scope AND $scope || repeat(chr(1114111), 12)
	AND starts_with(code, $scope)
	AND contains(name, $text)
ORDER BY starts_with(name, $text) DESC, length(code), code
LIMIT $limit;
