// The production server: adapter-node's handler (build/handler.js) behind a plain Node server that
// first puts the security headers on every answer (issue 14, finding 13). adapter-node serves the
// files of build/client (/_app/immutable/*, favicon …) before SvelteKit's hooks run, so without this
// those answers had no nosniff, no CSP and no frame protection. SvelteKit's own answers set their
// headers afterwards and so replace these where they differ (a page's CSP with its nonce).
// Honours what build/index.js honours for this app: PORT, HOST, KEEP_ALIVE_TIMEOUT, HEADERS_TIMEOUT,
// SHUTDOWN_TIMEOUT (ORIGIN, PROTOCOL_HEADER, … are read by the handler itself).
import http from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Must equal STATIC_HEADERS of src/lib/server/auth/security-headers.ts (checked by its spec). */
export const STATIC_HEADERS = {
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'content-security-policy':
		"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
};

export async function serve() {
	process.umask(0o077); // data/, uploads, logs: 0600/0700 (issue 14, finding 11)
	const { handler } = await import(pathToFileURL(resolve('build/handler.js')).href);
	const server = http.createServer((req, res) => {
		for (const [name, value] of Object.entries(STATIC_HEADERS)) res.setHeader(name, value);
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	const seconds = (name) => (process.env[name] ? Number(process.env[name]) * 1000 : undefined);
	if (seconds('KEEP_ALIVE_TIMEOUT') !== undefined) server.keepAliveTimeout = seconds('KEEP_ALIVE_TIMEOUT');
	if (seconds('HEADERS_TIMEOUT') !== undefined) server.headersTimeout = seconds('HEADERS_TIMEOUT');
	const host = process.env.HOST ?? '0.0.0.0';
	const port = Number(process.env.PORT ?? 3000);
	await new Promise((done) => server.listen({ host, port }, done));
	console.log(`Listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
	const shutdown = (reason) => {
		server.closeIdleConnections();
		server.close(() => process.emit('sveltekit:shutdown', reason));
		setTimeout(() => server.closeAllConnections(), (Number(process.env.SHUTDOWN_TIMEOUT ?? 30) || 30) * 1000).unref();
	};
	process.on('SIGTERM', () => shutdown('SIGTERM'));
	process.on('SIGINT', () => shutdown('SIGINT'));
	return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await serve();
