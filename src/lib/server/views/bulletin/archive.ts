import type { WorkStore } from '../../store/work-store.ts';
import { InputError } from '../../errors.ts';
import type { IssuedBulletinHead } from '../../../shared/issued-bulletin.ts';

export interface IssueInput<P> {
	region: string;
	snapshot: string;
	insurance: string;
	unit: string;
	/** issue date YYYY-MM-DD (today in China time unless given) */
	issuedOn: string;
	issuedBy: string;
	title: string;
	/** the page data as shown, frozen */
	payload: P;
}

/** Today's date in China (UTC+8), YYYY-MM-DD: the date line of a 通报 issued now. */
export function chinaToday(now = new Date()): string {
	return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Issues a 通报: freezes it as the next 期 of its region in the year of the issue date (第1期, 第2期 …),
 * in one transaction so two issues at once cannot share a number (the table's UNIQUE key backs this up).
 */
export async function issueBulletin<P>(store: WorkStore, input: IssueInput<P>): Promise<IssuedBulletinHead> {
	const unit = input.unit.trim();
	if (!unit) throw new InputError('请填写发文单位');
	if (unit.length > 60) throw new InputError('发文单位不能超过60个字');
	await store.ensure('bulletins');
	const year = Number(input.issuedOn.slice(0, 4));
	return store.transaction(async (db) => {
		const [{ number }] = await db.query<{ number: number }>('store/bulletins-next-number', { region: input.region, year });
		const [{ id }] = await db.query<{ id: number }>('store/bulletins-insert', {
			region: input.region, year, number, snapshot: input.snapshot, insurance: input.insurance, unit,
			issued_on: input.issuedOn, issued_by: input.issuedBy, title: input.title, payload_json: JSON.stringify(input.payload)
		});
		return { id, region: input.region, year, number, snapshot: input.snapshot, insurance: input.insurance, unit, issued_on: input.issuedOn, issued_by: input.issuedBy, title: input.title };
	});
}

export async function listBulletins(store: WorkStore, region: string): Promise<IssuedBulletinHead[]> {
	await store.ensure('bulletins');
	return store.query<IssuedBulletinHead & Record<string, unknown>>('store/bulletins-list', { region });
}

export async function getBulletin<P>(store: WorkStore, id: number): Promise<(IssuedBulletinHead & { payload: P }) | null> {
	await store.ensure('bulletins');
	const [row] = await store.query<IssuedBulletinHead & { payload_json: string } & Record<string, unknown>>('store/bulletins-get', { id });
	if (!row) return null;
	const { payload_json, ...head } = row;
	return { ...head, payload: JSON.parse(payload_json) as P };
}
