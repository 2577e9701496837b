import { snapshotsNow } from '../../app/engine.ts';

/** The snapshots a view as of `asOf` may read: the chosen one, the one before it and the first. */
export async function snapshotSpan(asOf: string): Promise<{ first: string; previous: string | null; dates: string[] }> {
	const { snapshots } = await snapshotsNow();
	const dates = snapshots.map((s) => s.as_of).filter((d) => d <= asOf);
	return { first: dates[0] ?? asOf, previous: dates.length > 1 ? dates[dates.length - 2] : null, dates };
}
