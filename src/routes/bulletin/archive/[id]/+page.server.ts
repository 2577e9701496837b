import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { getBulletin } from '$lib/server/views/bulletin/archive.ts';
import type { BulletinPayload } from '$lib/server/views/bulletin/issue.ts';
import { workStore } from '$lib/server/store/work-store.ts';

/** One issued 通报 as frozen when issued: 期号, 发文单位, date line and its figures. */
export const load: PageServerLoad = async ({ locals, params }) => {
	requirePermission(locals.user, 'rankings');
	const id = Number(params.id);
	const bulletin = Number.isInteger(id) && id > 0 ? await getBulletin<BulletinPayload>(await workStore(), id) : null;
	if (!bulletin) error(404, '没有这一期通报');
	requireRegion(locals.user, bulletin.region);
	const { payload, ...head } = bulletin;
	return { head, sheet: payload };
};
