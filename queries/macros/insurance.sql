-- The value of one insurance out of five per-insurance values, the insurance named by the first digit of its
-- scheme codes ('1' pension, '2' medical, '3' injury, '4' unemployment, '5' maternity: docs/spec/METRICS.md
-- "Coverage"), e.g. the class c1 … c5 of agg_id_class or the status columns aic003, akc003, alc003, ajc003,
-- amc003 of persons (in that order: docs/spec/SNAPSHOT.md).
CREATE OR REPLACE MACRO of_insurance(insurance, v1, v2, v3, v4, v5) AS CASE insurance
	WHEN '1' THEN v1 WHEN '2' THEN v2 WHEN '3' THEN v3 WHEN '4' THEN v4 ELSE v5
END;
