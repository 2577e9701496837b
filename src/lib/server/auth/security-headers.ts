/**
 * Headers on every answer: no framing (click-jacking), no MIME sniffing, no referrer to other
 * sites, HSTS over HTTPS, and `no-store` on pages and API answers so figures and person rows are not
 * kept by shared caches or the browser's back button after sign-out.
 */
export function securityHeaders(url: URL, isAsset: boolean): Record<string, string> {
	const headers: Record<string, string> = {
		'x-frame-options': 'DENY',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'same-origin',
		'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
	};
	if (url.protocol === 'https:') headers['strict-transport-security'] = 'max-age=31536000';
	if (!isAsset) headers['cache-control'] = 'no-store';
	return headers;
}
