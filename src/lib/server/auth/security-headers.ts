/**
 * Headers on every answer: no framing (click-jacking), no MIME sniffing, no referrer to other
 * sites, HSTS over HTTPS, and `no-store` on pages and API answers so figures and person rows are not
 * kept by shared caches or the browser's back button after sign-out. Pages get SvelteKit's
 * Content-Security-Policy (svelte.config.js kit.csp, with a nonce for its start-up script); every other
 * answer (API, files, errors) this strict one. Static files are served by adapter-node before the
 * hooks run: scripts/serve.js puts these headers on them (STATIC_HEADERS).
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The headers of every answer that do not depend on the request (also used for static files). */
export const STATIC_HEADERS: Record<string, string> = {
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'content-security-policy': STRICT_CSP
};

export function securityHeaders(url: URL, isAsset: boolean): Record<string, string> {
	const headers: Record<string, string> = { ...STATIC_HEADERS };
	if (url.protocol === 'https:') headers['strict-transport-security'] = 'max-age=31536000';
	if (!isAsset) headers['cache-control'] = 'no-store';
	return headers;
}
