/**
 * Row types the pages' components need (they import nothing from $lib/server): the server modules
 * that build these rows re-export them from here.
 */
import type { RegionLevel } from './region-code.ts';
import type { Role } from './roles.ts';

/** What pages and the browser may see of an account: no hashes. */
export interface PublicUser {
	username: string;
	displayName: string;
	role: Role;
	/** region code prefix the user may see */
	scope: string;
	disabled: boolean;
	createdAt: string;
	tokenCreatedAt?: string;
}


export type StatusColour = 'green' | 'amber' | 'red';

export interface RegionInfo {
	code: string;
	name: string | null;
	level: RegionLevel;
}

export interface SnapshotInfo {
	as_of: string;
	scope: string;
	label: string | null;
	persons: number;
	enrolments: number;
	units: number;
	population: number;
	loaded_at: string;
}

export interface ReportCheck {
	rule: string;
	ok: boolean;
	row: string;
	detail: string;
}

export type ReportColumns = Record<string, number | null>;

export interface ReportRow {
	code: string;
	name: string | null;
	columns: ReportColumns;
}

export interface ReportResult {
	snapshot: string;
	region: RegionInfo;
	rows: ReportRow[];
	/** the 本级 row (docs/spec/METRICS.md): what lies in the region but reaches no reference child */
	own: { columns: ReportColumns };
	total: { columns: ReportColumns };
	checks: ReportCheck[];
}

/** The report plus what pages need beside it: which rows have no data at all (shown as 无数据), and whether anything lies at 本级. */
export interface ReportView extends ReportResult {
	noData: string[];
	ownHasData: boolean;
}

/**
 * The 总览 KPI cards: engine figures of `canbao metrics --json` for the region, each with its change
 * since the previous snapshot (rates in percentage points, counts in persons).
 */
export interface Kpi {
	/** the docs/spec/METRICS.md key the value is (tests compare it with `canbao metrics --json`) */
	key: string;
	label: string;
	kind: 'rate' | 'count';
	value: number | null;
	change: number | null;
	/** whether a rise is good news (rates) or bad (应参未参, duplicates …) */
	higherIsBetter: boolean;
	target: number | null;
	status: StatusColour | null;
}

/** What a map, a bar and a table row show for one region: engine figures only, picked and labelled. */
export interface RegionFigures {
	code: string;
	name: string | null;
	/** name for display: the reference name, or “<code>（乡镇未明）” for a code without one */
	label: string;
	level: RegionLevel;
	hasData: boolean;
	/** persons rows (已获取人员信息数) */
	persons: number | null;
	coverage: number | null;
	/** coverage change since the previous snapshot, in percentage points */
	delta: number | null;
	status: StatusColour | null;
	insured: number | null;
	eligible: number | null;
	uninsured: number | null;
	gap: number | null;
	registrationRate: number | null;
	verificationRate: number | null;
	/** data-quality flags of the region (sum of the docs/spec/METRICS.md rule counts) */
	quality: number | null;
	stage: string;
	/** pension coverage the region's schedule expects by now (null before the first milestone) */
	expected: number | null;
	/** below that milestone (pension coverage, exact comparison); null when either is unknown */
	behind: boolean | null;
	/** first day the coverage trend reaches the target (docs/spec/METRICS.md projection) */
	projection: string | null;
	/** the 本级 row (docs/spec/METRICS.md): never ranked, not on the map; `code` is the parent region's */
	own?: boolean;
}

export type Arrow = 'up' | 'down' | null;

export interface LeagueRow extends RegionFigures {
	value: number | null;
	rank: number | null;
	previousRank: number | null;
	/** the metric's value in the compared snapshot (URL `vs`, default the previous one); null without one */
	previousValue: number | null;
	/** previous rank − rank (positive: moved up); null if either is null */
	movement: number | null;
	arrow: Arrow;
}

/** One child region's 应参未参 figures (docs/spec/METRICS.md "Coverage": i.uninsured and its three parts, i.eligible). */
export interface HotspotRow {
	code: string;
	name: string | null;
	uninsured: number;
	uninsured_individual: number;
	uninsured_unit: number;
	interrupted: number;
	eligible: number;
	/** uninsured / eligible (1 − i.coverage); null when eligible = 0 */
	rate: number | null;
	hasChildren: boolean;
}

export type HotspotSort = 'count' | 'rate';

export type EmployerRow = {
	code: string;
	/** reference name of `code` (所在地区), null when it has none */
	place: string | null;
	aab001: string;
	name: string | null;
	unit_type: string | null;
	headcount: number | null;
	persons: number;
	insured: number;
	uninsured: number;
	unit_not_enrolled: number;
	shortfall: number | null;
};

export type EmployerOrder = 'unit_not_enrolled' | 'shortfall';

/** Sortable columns of a league table (the URL names one; src/lib/server/views/rank/league.ts LEAGUE_COLUMNS). */
export type LeagueColumn = 'rank' | 'name' | 'value' | 'coverage' | 'delta' | 'movement' | 'uninsured' | 'gap' | 'verification' | 'quality';
export type SortDirection = 'asc' | 'desc';
