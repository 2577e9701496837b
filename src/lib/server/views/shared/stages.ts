import type { Plan } from '../../plan/plan.ts';
import { scheduleFor } from '../../plan/plan.ts';

/** The plan's stages of a region's schedule that overlap [from, to], clipped to it: bands on the trend chart. */
export interface StageBand {
	name: string;
	from: string;
	to: string;
}

export function stageBands(plan: Plan, region: string, from: string, to: string): { schedule: string; bands: StageBand[] } {
	const { schedule } = scheduleFor(plan, region);
	const bands = schedule.stages
		.filter((s) => s.from <= to && s.to >= from)
		.map((s) => ({ name: s.name, from: s.from < from ? from : s.from, to: s.to > to ? to : s.to }));
	return { schedule: schedule.name, bands };
}
