import type { WorkStore } from '../../store/work-store.ts';
import type { AlertItem } from '../../../shared/alerts.ts';
import type { NewAlert } from './detect.ts';

/** Keeps one run's alerts under its snapshot stamp; a stamp already computed is left as it is. */
export async function saveRun(store: WorkStore, stamp: string, asOf: string, alerts: NewAlert[]): Promise<boolean> {
	await store.ensure('alerts');
	return store.transaction(async (db) => {
		const [{ n }] = await db.query<{ n: number }>('store/alerts-run-exists', { stamp });
		if (n > 0) return false;
		await db.query('store/alerts-run-insert', { stamp, as_of: asOf });
		for (const a of alerts) await db.query('store/alerts-insert', { stamp, as_of: asOf, region: a.region, kind: a.kind, message: a.message });
		return true;
	});
}

/**
 * Adds alerts to the run of `stamp` (which must exist), each unless the run holds the same alert already:
 * the overdue-batch check of every new day adds only what changed (queries/store/alerts-insert-new.sql).
 */
export async function addToRun(store: WorkStore, stamp: string, asOf: string, alerts: NewAlert[]): Promise<void> {
	if (alerts.length === 0) return;
	await store.ensure('alerts');
	await store.transaction(async (db) => {
		for (const a of alerts) await db.query('store/alerts-insert-new', { stamp, as_of: asOf, region: a.region, kind: a.kind, message: a.message });
	});
}

export async function runExists(store: WorkStore, stamp: string): Promise<boolean> {
	await store.ensure('alerts');
	const [{ n }] = await store.query<{ n: number }>('store/alerts-run-exists', { stamp });
	return n > 0;
}

/** The latest run's alerts for the regions under `region` that the user has not dismissed. */
export async function openAlerts(store: WorkStore, region: string, username: string): Promise<AlertItem[]> {
	await store.ensure('alerts');
	return store.query<AlertItem & Record<string, unknown>>('store/alerts-open', { region, username });
}

/** Dismisses an alert for one user if it lies in `scope`; false when there is no such alert there. */
export async function dismissAlert(store: WorkStore, id: number, username: string, scope: string): Promise<boolean> {
	await store.ensure('alerts');
	const [alert] = await store.query<{ id: number; region: string }>('store/alerts-get', { id });
	if (!alert || !alert.region.startsWith(scope)) return false;
	await store.transaction((db) => db.query('store/alerts-dismiss', { id, username }));
	return true;
}
