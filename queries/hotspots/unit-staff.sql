-- The staff of one employer for 稽核: the persons rows of snapshot $as_of naming the employer (AAB001 $aab001)
-- whose region code lies in $region (the viewer's region: staff registered elsewhere are counted on the page,
-- never listed), with their status per insurance (AIC003 养老, AKC003 医疗, ALC003 工伤, AJC003 失业, AMC003
-- 生育: docs/spec/SNAPSHOT.md). `place` is the reference name of the code. In code, then file order; one
-- page: LIMIT $limit OFFSET $offset.
SELECT p.aac003, p.aac002, p.aac004, p.code, r.name AS place, p.aic003, p.akc003, p.alc003, p.ajc003, p.amc003,
	p.employment, p.aae005
FROM persons p LEFT JOIN regions r ON r.code = p.code
WHERE p.as_of = $as_of::DATE AND p.aab001 = $aab001 AND starts_with(p.code, $region)
ORDER BY p.code, p.line_no
LIMIT $limit OFFSET $offset;
