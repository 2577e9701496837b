-- Names of coded values (41号 附件2 code tables and docs/spec/SNAPSHOT.md's own tables, loaded at schema time),
-- for labels in lists, cross-tabs and data-quality reasons.
SELECT field, code, name FROM code_values;
