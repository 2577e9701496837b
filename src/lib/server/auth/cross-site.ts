/**
 * A request that changes something from another site (CSRF). Every method but GET, HEAD and OPTIONS
 * must carry this site's Origin, whatever its Content-Type or none (issue 14, finding 12: a POST
 * without a Content-Type passed SvelteKit's form check). Browsers send Origin on every such request;
 * the one exception is a script that signs in with a Bearer token and sends no cookie (no browser
 * session to ride on). Needs the right origin behind a proxy (ORIGIN or PROTOCOL_HEADER/HOST_HEADER
 * of adapter-node), like SvelteKit's own check.
 */
export function isCrossSiteForm(request: Request, url: URL): boolean {
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return false;
	const origin = request.headers.get('origin');
	if (origin === url.origin) return false;
	const bearerOnly = /^Bearer\s/i.test(request.headers.get('authorization') ?? '') && !request.headers.get('cookie');
	return !(origin === null && bearerOnly);
}
