import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRegion, requireUser } from '$lib/server/auth/access.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { workStore } from '$lib/server/store/work-store.ts';
import { canSendBatches, sendBatch, visibleBatches } from '$lib/server/views/batches/batches.ts';
import { InputError } from '$lib/server/errors.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** 扩面任务: the batches the user may see, and (规划, 督导) the form that sends a new one. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals.user);
	const region = requireRegion(user, url.searchParams.get('region'));
	const batches = await visibleBatches(await workStore(), user);
	return { batches, region, canSend: canSendBatches(user) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const user = requireUser(locals.user);
		const form = await request.formData();
		const field = (name: string) => String(form.get(name) ?? '');
		const input = { region: field('region'), insurance: field('insurance'), split: field('split'), group: field('group'), note: field('note'), due_date: field('due_date') };
		requireRegion(user, input.region);
		const { db, snapshots } = await snapshotsNow();
		const asOf = field('snapshot') || snapshots[snapshots.length - 1]?.as_of;
		if (!asOf || !snapshots.some((s) => s.as_of === asOf)) return fail(400, { message: '所选快照不存在，请刷新页面后重试', input });
		let batch;
		try {
			batch = await sendBatch(await workStore(), db, user, asOf, input);
		} catch (e) {
			if (e instanceof InputError) return fail(400, { message: e.message, input });
			throw e;
		}
		recordAudit({ user: user.username, role: user.role, action: 'send-batch', query: { batch: batch.number, region: batch.region, insurance: batch.insurance, split: batch.split, group: batch.grp, snapshot: asOf }, rows: batch.ids });
		redirect(303, `/batches/${batch.serial}`);
	}
};
