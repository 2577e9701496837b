import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { percentile } from './measure.ts';

/** The built app on a bench database, signed in, timing server loads and endpoints over HTTP. */
export interface Server {
	base: string;
	cookie: string;
	child: ChildProcess;
}

export async function startServer(env: Record<string, string>, port: number): Promise<Server> {
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, CANBAO_DEMO: '0' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(`${base}/login`)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return { base, cookie: '', child };
}

/** Signs in through the form like a browser (node:http, because fetch does not send an Origin header). */
export async function signIn(server: Server, username: string, password: string): Promise<void> {
	const body = new URLSearchParams({ username, password, next: '/' }).toString();
	const cookie = await new Promise<string | undefined>((resolve, reject) => {
		const req = request(
			`${server.base}/login`,
			{ method: 'POST', headers: { origin: server.base, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
			(response) => {
				response.resume();
				resolve(response.headers['set-cookie']?.[0]?.split(';')[0]);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
	if (!cookie) throw new Error(`bench sign-in failed for ${username}`);
	server.cookie = cookie;
}

export interface EndpointTiming {
	url: string;
	status: number;
	coldMs: number;
	warmP50Ms: number;
	warmP95Ms: number;
	bytes: number;
}

/** First call (cold: nothing cached) and `repeats` more (warm), in milliseconds. */
export async function timeEndpoint(server: Server, url: string, repeats = 20): Promise<EndpointTiming> {
	const call = async () => {
		const start = performance.now();
		const response = await fetch(server.base + url, { headers: { cookie: server.cookie }, redirect: 'manual' });
		const body = await response.arrayBuffer();
		return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
	};
	const cold = await call();
	const warm: number[] = [];
	for (let i = 0; i < repeats; i++) warm.push((await call()).ms);
	return { url, status: cold.status, coldMs: cold.ms, warmP50Ms: percentile(warm, 50), warmP95Ms: percentile(warm, 95), bytes: cold.bytes };
}

/** Peak resident memory of the server process so far (VmHWM), in MB. */
export function peakMemoryMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return kb / 1024;
}

export function stopServer(server: Server): void {
	server.child.kill('SIGTERM');
}
