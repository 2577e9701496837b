import { fail, redirect, type Actions } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission, requireRegion, requireUser } from '$lib/server/auth/access.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { chinaToday, issueBulletin, listBulletins } from '$lib/server/views/bulletin/archive.ts';
import { bulletinPayload } from '$lib/server/views/bulletin/issue.ts';
import { InputError } from '$lib/server/errors.ts';
import { workStore } from '$lib/server/store/work-store.ts';
import { readViewState } from '$lib/shared/view-state.ts';

/** 通报存档: the 通报 issued for the region and the regions under it, newest first. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	return { region, bulletins: await listBulletins(await workStore(), region) };
};

export const actions: Actions = {
	/** Issues the 通报 of the region, snapshot and insurance as 第N期 (figures recomputed here, then frozen). */
	issue: async ({ locals, request }) => {
		const user = requireUser(locals.user);
		requirePermission(user, 'rankings');
		const form = await request.formData();
		const region = requireRegion(user, String(form.get('region') ?? ''));
		const params = new URLSearchParams({ snapshot: String(form.get('snapshot') ?? ''), insurance: String(form.get('insurance') ?? '') });
		const view = readViewState(params);
		let issued;
		try {
			const payload = await bulletinPayload(region, view.snapshot ?? undefined, view.insurance);
			issued = await issueBulletin(await workStore(), {
				region, snapshot: payload.snapshot, insurance: view.insurance, unit: String(form.get('unit') ?? ''),
				issuedOn: chinaToday(), issuedBy: user.username, title: `${payload.region.name ?? region}全民参保登记工作通报`, payload
			});
		} catch (e) {
			if (e instanceof InputError) return fail(400, { message: e.message });
			throw e;
		}
		recordAudit({ user: user.username, role: user.role, action: 'bulletin-issue', query: { region, snapshot: issued.snapshot, insurance: issued.insurance, year: issued.year, number: issued.number }, rows: 0 });
		redirect(303, `/bulletin/archive/${issued.id}?region=${region}`);
	}
};

