import type { Database } from '../db/database.ts';
import { shrinkOf, shrinkText, SHRINK_THRESHOLD, type Shrink } from '../../shared/shrink.ts';
import { LoadRefusal } from './refusal.ts';

/**
 * Called by the loader once a snapshot is staged and before anything is written: a snapshot that
 * would replace the loaded quarter of the same as-of date with fewer than half its persons (an
 * incomplete export, a header-only file) is refused unless the load was confirmed
 * (`canbao load DIR --confirm-shrink`; the upload page asks a second time). Returns the shrink
 * when one was confirmed, else null.
 */
export async function guardShrink(db: Database, asOf: string, confirmed: boolean): Promise<Shrink | null> {
	const [row] = await db.query<{ loaded: number | bigint | null; staged: number | bigint }>('load/shrink-counts', { as_of: asOf });
	const shrink = shrinkOf(asOf, row?.loaded === null || row?.loaded === undefined ? null : Number(row.loaded), Number(row?.staged ?? 0));
	if (shrink && !confirmed) {
		throw new LoadRefusal(
			`快照 ${asOf} 已导入，本次人员数 ${shrinkText(shrink)}，少于原有的 ${SHRINK_THRESHOLD * 100}%，可能是导出不完整。` +
				`确认要用它替换时，请加 --confirm-shrink 重新导入（网页上传时需再次确认）`,
			'persons'
		);
	}
	return shrink;
}
