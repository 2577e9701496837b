-- docs/spec/METRICS.md "Expansion groups (扩面重点人群)": the presets a 应参未参 persons row belongs to (a row can be
-- in several). The caller keeps only rows whose status for the chosen insurance is 91, 92 or 94.
CREATE OR REPLACE MACRO expansion_groups(status, employment, aac012, aac009, hj_local, unit_small, unit_high_risk) AS
	list_filter([
		CASE WHEN employment = '1' AND unit_small THEN 'sme' END,                                  -- 中小微企业从业人员
		CASE WHEN employment = '2' OR aac012 IN ('51', '54') THEN 'flexible' END,                 -- 灵活就业人员
		CASE WHEN aac009 IN ('20', '21', '22') AND employment IN ('1', '2') THEN 'migrant' END,   -- 农民工
		CASE WHEN hj_local = '0' THEN 'mobile' END,                                               -- 流动人员
		CASE WHEN employment = '3' THEN 'unemployed' END,                                         -- 未就业居民
		CASE WHEN aac012 = '27' THEN 'farmer' END,                                                -- 农村居住农民
		CASE WHEN employment = '1' AND unit_high_risk THEN 'high_risk' END,                       -- 高风险行业从业人员
		CASE WHEN status = '92' THEN 'unit_not_enrolled' END                                      -- 单位未予参保
	], g -> g IS NOT NULL);
