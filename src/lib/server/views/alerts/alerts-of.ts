import { currentPlan, snapshotsNow, stampUpTo } from '../../app/engine.ts';
import { workStore } from '../../store/work-store.ts';
import type { AlertItem } from '../../../shared/alerts.ts';
import { beijingToday } from '../../../shared/format.ts';
import { latestSerial } from '../batches/batch-store.ts';
import { computeAlerts } from './compute.ts';
import { DEFAULT_JUMP } from './detect.ts';
import { addToRun, openAlerts, runExists, saveRun } from './alert-store.ts';
import { overdueAlerts } from './overdue.ts';

const running = new Map<string, Promise<void>>();

/** Runs `work` once per key in this process (a failed run is tried again by the next request). */
function once(key: string, work: () => Promise<void>): Promise<void> {
	let run = running.get(key);
	if (!run) {
		run = work();
		run.catch(() => running.delete(key));
		running.set(key, run);
	}
	return run;
}

/**
 * Computes the alerts once per snapshot stamp (the first request after a load or a plan change), then the
 * overdue batches once per day and per newest batch (a due date passes without a load; a batch sent today
 * with a past 完成期限 is checked at once), added to the latest run.
 */
export async function ensureAlerts(): Promise<void> {
	const { db, snapshots } = await snapshotsNow();
	if (snapshots.length === 0) return;
	const stamp = stampUpTo(snapshots, undefined);
	const latest = snapshots[snapshots.length - 1].as_of;
	await once(stamp, async () => {
		const store = await workStore();
		if (await runExists(store, stamp)) return;
		const plan = currentPlan();
		const rule = { share: plan.alerts?.jumpShare ?? DEFAULT_JUMP.share, minIncrease: plan.alerts?.minIncrease ?? DEFAULT_JUMP.minIncrease };
		const { asOf, alerts } = await computeAlerts(db, plan, rule);
		await saveRun(store, stamp, asOf, alerts);
	});
	const store = await workStore();
	const today = beijingToday();
	await once(`${stamp}|${today}|${await latestSerial(store)}`, async () => addToRun(store, stamp, latest, await overdueAlerts(store, db, latest, today)));
}

export async function alertsFor(region: string, username: string): Promise<AlertItem[]> {
	await ensureAlerts();
	return openAlerts(await workStore(), region, username);
}
