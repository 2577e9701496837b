import { snapshotsNow } from './engine.ts';
import { resolveComparison, type Comparison } from '../../shared/comparison.ts';

/**
 * The comparison of a page (总览, 排名, 情况表) from its URL's `vs`, among the loaded snapshots: a choice that
 * cannot be followed (同比 not loaded, a date not earlier) compares with the previous snapshot and says why.
 */
export async function pageComparison(asOf: string, vs: string | null): Promise<Comparison> {
	const { snapshots } = await snapshotsNow();
	return resolveComparison(snapshots.map((s) => s.as_of), asOf, vs);
}
