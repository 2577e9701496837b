import { STEP_LINE } from './run-canbao.ts';

/**
 * The step a load is on, for the upload page (issue 20: "show the step"), read from the loader's
 * step timing lines (CANBAO_LOAD_PROFILE=1 in the child process: one line as each step ends, in the
 * order of load-snapshot.ts: stage, five load/… steps, twelve aggregate/… steps, commit).
 */
export interface LoadProgress {
	/** what is being done now */
	step: string;
	/** 0…1 over the snapshots of the load, counting finished steps */
	fraction: number;
}

const STEPS_PER_SNAPSHOT = 1 + 5 + 12 + 1;

/** What starts after the step `done` finished. */
function next(done: string | null): string {
	if (done === null) return '读取文件、检查列';
	if (done === 'stage' || done === 'load/units' || done === 'load/population') return '写入单位、户籍人口与参保记录';
	if (done === 'load/enrolments' || done === 'load/ids') return '写入人员';
	if (done === 'load/persons' || done.startsWith('aggregate/')) return '汇总各级统计';
	return '保存';
}

export function progressTracker(snapshots: number): { line(text: string): LoadProgress | null; start(): LoadProgress } {
	let finished = 0;
	let current = 0;
	const label = (step: string) => (snapshots > 1 ? `快照 ${Math.min(current + 1, snapshots)}/${snapshots}：${step}` : step);
	return {
		start: () => ({ step: label(next(null)), fraction: 0 }),
		line(text) {
			const m = STEP_LINE.exec(text);
			if (!m) return null;
			const done = m[1];
			finished += 1;
			let step = next(done);
			if (done === 'commit') {
				current += 1;
				step = current < snapshots ? next(null) : '核对结果';
			}
			return { step: label(step), fraction: Math.min(1, finished / (STEPS_PER_SNAPSHOT * Math.max(snapshots, 1))) };
		}
	};
}
