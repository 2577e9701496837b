import { error, json, type RequestHandler } from '@sveltejs/kit';
import { requireRegion } from '$lib/server/auth/access.ts';
import { regionGeoJson } from '$lib/server/views/geo/region-geojson.ts';

/** GET /geo/<code>: the GeoJSON of one region's children (province → prefectures, prefecture → counties), nothing more. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const region = requireRegion(locals.user, params.code ?? null);
	const map = regionGeoJson(region);
	if (!map) error(404, `地区 ${region} 没有下级地图：县级以下只显示条形图`);
	return json(map, { headers: { 'cache-control': 'private, max-age=86400' } });
};
