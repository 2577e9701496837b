import { spawnSync } from 'node:child_process';

export interface ProcessRun {
	seconds: number;
	peakMemoryMb: number;
	stdout: string;
}

/** Runs a command under GNU time: wall seconds and peak resident memory of the whole process. */
export function timedProcess(command: string, args: string[], env: Record<string, string> = {}): ProcessRun {
	const result = spawnSync('/usr/bin/time', ['-f', '__time %e %M', command, ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		maxBuffer: 256 * 1024 * 1024
	});
	const line = result.stderr.split('\n').find((l) => l.startsWith('__time '));
	if (result.status !== 0 || !line) {
		throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
	}
	const [, seconds, kb] = line.split(' ');
	return { seconds: Number(seconds), peakMemoryMb: Number(kb) / 1024, stdout: result.stdout };
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, index)];
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const start = performance.now();
	const value = await work();
	return { ms: performance.now() - start, value };
}
