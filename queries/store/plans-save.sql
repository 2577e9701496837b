-- A new plan version (queries/store/plans.sql); the latest is the plan in force.
INSERT INTO plan_versions (saved_by, preset, plan_json) VALUES ($saved_by, $preset, $plan_json)
RETURNING version;
