import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';

/**
 * Runs the `canbao` CLI in a child process (bin/canbao.js), so a long load never blocks the web
 * server's event loop. Resolves with the exit code and what it printed; `onStderrLine` sees each line
 * of stderr as it comes (the load's steps, see load-progress.ts).
 */
export function runCanbao(
	args: string[],
	options: { env?: Record<string, string>; onStderrLine?: (line: string) => void } = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [resolve(projectRoot(), 'bin', 'canbao.js'), ...args], {
			cwd: projectRoot(),
			env: { ...process.env, CANBAO_ROOT: projectRoot(), ...options.env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		let partial = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => {
			stderr += d;
			if (!options.onStderrLine) return;
			const lines = (partial + d).split('\n');
			partial = lines.pop() ?? '';
			for (const line of lines) options.onStderrLine(line);
		});
		child.on('error', (error) => done({ code: 1, stdout, stderr: stderr + error.message }));
		child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
	});
}

/** A line of the loader's step timing (CANBAO_LOAD_PROFILE): "  load/persons: 1.23 s (cpu 2.01 s)". */
export const STEP_LINE = /^\s+([a-z][a-z0-9/-]*): [\d.]+ s\b/;

/** The message to show for a refused load: the CLI's Chinese refusal (file, column, line), without the trailer. */
export function refusalMessage(stderr: string): string {
	const text = stderr
		.replace(/\r/g, '')
		.split('\n')
		.filter((l) => !STEP_LINE.test(l))
		.join('\n')
		.trim();
	const refused = /^导入被拒绝：([\s\S]*?)(\n数据库未作任何改动。)?$/.exec(text);
	if (refused) return refused[1].trim();
	const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
	const error = lines.find((l) => /^(\w*Error|错误)/.test(l.trim()));
	return (error ?? lines[0] ?? '导入失败（未知原因）').trim();
}
