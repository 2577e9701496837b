-- Reference names of the codes in $codes (comma-separated): the ancestors of region search answers,
-- shown beside them (遵义市 红花岗区) to tell apart townships of the same name. Not a docs/spec/METRICS.md figure.
SELECT code, name FROM regions
WHERE code IN (SELECT unnest(string_split($codes, ',')))
ORDER BY code;
