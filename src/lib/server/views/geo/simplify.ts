/** Geometry made light enough for a phone: coordinates rounded, points closer than `tolerance` degrees to the last kept one dropped. */
export type Position = number[];
export type Ring = Position[];
export interface Geometry {
	type: 'Polygon' | 'MultiPolygon';
	coordinates: Ring[] | Ring[][];
}

export function simplifyRing(ring: Ring, tolerance: number, digits = 3): Ring {
	const round = (p: Position) => p.slice(0, 2).map((v) => Number(v.toFixed(digits)));
	const kept: Ring = [];
	for (const point of ring.map(round)) {
		const last = kept[kept.length - 1];
		if (!last || Math.abs(point[0] - last[0]) >= tolerance || Math.abs(point[1] - last[1]) >= tolerance) kept.push(point);
	}
	const first = kept[0];
	const last = kept[kept.length - 1];
	if (kept.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) kept.push([...first]);
	return kept.length >= 4 ? kept : ring.map(round);
}

export function simplifyGeometry(geometry: Geometry, tolerance: number): Geometry {
	if (geometry.type === 'Polygon') {
		return { type: 'Polygon', coordinates: (geometry.coordinates as Ring[]).map((r) => simplifyRing(r, tolerance)) };
	}
	return {
		type: 'MultiPolygon',
		coordinates: (geometry.coordinates as Ring[][]).map((polygon) => polygon.map((r) => simplifyRing(r, tolerance)))
	};
}
