import { basename } from 'node:path';
import type { Database } from '../db/database.ts';
import { LoadRefusal } from './refusal.ts';

/**
 * population.csv's 户籍人口数 must be a whole number ≥ 0: "abc" or "-5" is refused naming the line
 * (issue 14, finding 9). A blank value stays "no figure".
 */
export async function refuseBadPopulation(db: Database, path: string): Promise<void> {
	const [bad] = await db.all<{ line: number; value: string }>(
		`SELECT rowid + 2 AS line, clean(huji_population) AS value FROM stg_population
		WHERE clean(huji_population) IS NOT NULL AND NOT regexp_full_match(clean(huji_population), '[0-9]{1,12}')
		ORDER BY rowid LIMIT 1`
	);
	if (bad) {
		throw new LoadRefusal(
			`${basename(path)} 第 ${bad.line} 行的 huji_population（户籍人口数）“${String(bad.value).slice(0, 20)}”不是非负整数`,
			path,
			'huji_population',
			Number(bad.line)
		);
	}
}

/**
 * A manifest scope that the persons rows contradict (fewer than half of the rows with a 行政区划编码
 * lie in it, e.g. scope 5301 with 5201 rows) is refused, naming the prefix most rows carry. A few
 * rows outside stay data-quality findings. One pass over one column.
 */
export async function refuseContradictedScope(db: Database, scope: string, path: string): Promise<void> {
	const count = (sample: string) =>
		db.all<{ inside: number; total: number; common: string | null }>(
			`SELECT count_if(starts_with(aab301, $scope)) AS inside, count(aab301) AS total,
				mode(left(aab301, strlen($scope))) FILTER (WHERE NOT starts_with(aab301, $scope)) AS common
			FROM stg_persons ${sample}`,
			{ scope }
		);
	// a large file is first tested on a sample of its row vectors (a clean file pays ~5% of a scan)
	const [{ n }] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM stg_persons`);
	if (Number(n) > 500_000) {
		const [sampled] = await count('USING SAMPLE 5 PERCENT (system, 1)');
		if (Number(sampled.inside) * 2 >= Number(sampled.total)) return;
	}
	const [row] = await count('');
	if (Number(row.total) > 0 && Number(row.inside) * 2 < Number(row.total)) {
		throw new LoadRefusal(
			`manifest.json 的 scope“${scope}”与 ${basename(path)} 不符：${row.total} 行中只有 ${row.inside} 行的行政区划编码以 ${scope} 开头` +
				`（多数以 ${row.common ?? '其他代码'} 开头）；请改正 manifest.json 的 scope`,
			path,
			'scope'
		);
	}
}
