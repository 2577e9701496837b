import { currentPlan, snapshotsNow, stampUpTo } from '../../app/engine.ts';
import { workStore } from '../../store/work-store.ts';
import type { AlertItem } from '../../../shared/alerts.ts';
import { computeAlerts } from './compute.ts';
import { DEFAULT_JUMP } from './detect.ts';
import { openAlerts, runExists, saveRun } from './alert-store.ts';

const running = new Map<string, Promise<void>>();

/** Computes the alerts once per snapshot stamp (the first request after a load or a plan change). */
export async function ensureAlerts(): Promise<void> {
	const { db, snapshots } = await snapshotsNow();
	if (snapshots.length === 0) return;
	const stamp = stampUpTo(snapshots, undefined);
	let run = running.get(stamp);
	if (!run) {
		run = (async () => {
			const store = await workStore();
			if (await runExists(store, stamp)) return;
			const plan = currentPlan();
			const rule = { share: plan.alerts?.jumpShare ?? DEFAULT_JUMP.share, minIncrease: plan.alerts?.minIncrease ?? DEFAULT_JUMP.minIncrease };
			const { asOf, alerts } = await computeAlerts(db, plan, rule);
			await saveRun(store, stamp, asOf, alerts);
		})();
		run.catch(() => running.delete(stamp));
		running.set(stamp, run);
	}
	await run;
}

export async function alertsFor(region: string, username: string): Promise<AlertItem[]> {
	await ensureAlerts();
	return openAlerts(await workStore(), region, username);
}
