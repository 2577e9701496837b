import { INSURANCES, type InsuranceKey } from '../../../shared/insurances.ts';
import { percent, people } from '../../../shared/format.ts';
import { quarterOf } from '../../../shared/report-layout.ts';
import type { StatusColour } from '../../metrics/exact.ts';
import { LEVEL_LABELS, type RegionLevel } from '../../../shared/region-code.ts';

/**
 * The 通报's summary sentences, written from the engine's figures, e.g.
 * “全市养老保险参保率92.1%，较上季度提高1.3个百分点，3个县(区)未达90%目标。”
 */
export interface BulletinFacts {
	regionName: string | null;
	insurance: InsuranceKey;
	snapshot: string;
	previousSnapshot: string | null;
	coverage: number | null;
	/** percentage points since the previous snapshot */
	delta: number | null;
	target: number;
	uninsured: number | null;
	gap: number | null;
	registrationRate: number | null;
	verificationRate: number | null;
	childLevel: RegionLevel | null;
	/** children with data, in rank order (best first) */
	children: { label: string; coverage: number | null; status: StatusColour | null; behind: boolean | null }[];
	scheduleName: string;
}

/** 贵州省 → 全省, 遵义市 → 全市, 黔南布依族苗族自治州 → 全州, 湄潭县 → 全县, 六枝特区 → 全区, 茅坪镇 → 全镇. */
export function wholeOf(name: string | null): string {
	if (!name) return '全辖区';
	const endings: [RegExp, string][] = [
		[/省$/, '全省'],
		[/州$/, '全州'],
		[/市$/, '全市'],
		[/区$/, '全区'],
		[/县$/, '全县'],
		[/旗$/, '全旗'],
		[/镇$/, '全镇'],
		[/乡$/, '全乡'],
		[/街道(办事处)?$/, '全街道'],
		[/(社区|居委会|居民委员会)$/, '全社区'],
		[/(村|村委会|村民委员会)$/, '全村']
	];
	return endings.find(([pattern]) => pattern.test(name))?.[1] ?? '全辖区';
}

/** 0.9 → 90%, 0.955 → 95.5% */
export function targetText(target: number): string {
	const points = Math.round(target * 1000) / 10;
	return `${Number.isInteger(points) ? points.toFixed(0) : points.toFixed(1)}%`;
}

/** “较上季度” when the previous snapshot is the quarter before, else “较上期”. */
export function comparedWith(snapshot: string, previous: string): string {
	const now = quarterOf(snapshot);
	const before = quarterOf(previous);
	const consecutive = now.year * 4 + now.quarter - (before.year * 4 + before.quarter) === 1;
	return consecutive ? '较上季度' : '较上期';
}

export function changeText(delta: number | null, snapshot: string, previous: string | null): string {
	if (previous === null || delta === null) return '本期为首期数据，暂无可比';
	const since = comparedWith(snapshot, previous);
	const rounded = Number(delta.toFixed(1));
	if (rounded === 0) return `与${since.slice(1)}持平`;
	return `${since}${rounded > 0 ? '提高' : '下降'}${Math.abs(rounded).toFixed(1)}个百分点`;
}

export function bulletinSentences(f: BulletinFacts): string[] {
	const whole = wholeOf(f.regionName);
	const label = INSURANCES.find((i) => i.key === f.insurance)!.label;
	const unit = f.childLevel ? LEVEL_LABELS[f.childLevel] : null;
	const ranked = f.children.filter((c) => c.coverage !== null);
	// the engine's exact status band: green is at or above the target (90.0% is, 89.99% is not)
	const below = ranked.filter((c) => c.status !== 'green');
	let headline = `${whole}${label}参保率${percent(f.coverage)}，${changeText(f.delta, f.snapshot, f.previousSnapshot)}`;
	if (unit && ranked.length > 0) {
		headline += below.length > 0 ? `，${below.length}个${unit}未达${targetText(f.target)}目标` : `，各${unit}均已达到${targetText(f.target)}目标`;
	}
	const sentences = [`${headline}。`];
	// at or past the target the gap is 0: say so instead of "还差0人"
	const reached = f.gap === 0 ? (f.coverage !== null && f.coverage > f.target ? '已超过' : '已达到') : null;
	sentences.push(`${label}应参未参${people(f.uninsured)}，${reached ? `${reached}${targetText(f.target)}目标` : `距${targetText(f.target)}目标还差${people(f.gap)}`}。`);
	sentences.push(`全民参保登记率${percent(f.registrationRate)}，入户调查核实进度${percent(f.verificationRate)}。`);
	if (unit && ranked.length > 1) {
		const best = ranked[0];
		const worst = ranked[ranked.length - 1];
		sentences.push(`${label}参保率最高的是${best.label}（${percent(best.coverage)}），最低的是${worst.label}（${percent(worst.coverage)}）。`);
	}
	if (unit && ranked.length > 0) {
		const behind = f.children.filter((c) => c.behind === true);
		sentences.push(
			behind.length > 0
				? `按${f.scheduleName}进度要求，${behind.length}个${unit}养老保险参保率低于阶段目标：${behind.map((c) => c.label).join('、')}。`
				: `按${f.scheduleName}进度要求，各${unit}养老保险参保率均达到阶段目标。`
		);
	}
	return sentences;
}
