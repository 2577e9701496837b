import { bulletinOf } from './bulletin.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';

/** The page data of a 通报 (what src/routes/bulletin shows), as frozen when it is issued. */
export async function bulletinPayload(region: string, snapshot: string | undefined, insurance: InsuranceKey) {
	const { overview, league, sentences, top, bottom } = await bulletinOf(region, snapshot, insurance);
	return {
		region: overview.metrics.region,
		snapshot: overview.metrics.snapshot,
		insurance,
		sentences,
		league,
		top,
		bottom,
		trend: overview.trend,
		target: overview.target,
		bands: overview.bands
	};
}

export type BulletinPayload = Awaited<ReturnType<typeof bulletinPayload>>;

/** The 发文单位 offered by default: the region's 全民参保登记工作领导小组办公室. */
export function defaultUnit(regionName: string | null, code: string): string {
	return `${regionName ?? code}全民参保登记工作领导小组办公室`;
}
