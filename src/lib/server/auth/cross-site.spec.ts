import { describe, expect, it } from 'vitest';
import { isCrossSiteForm } from './cross-site.ts';
import { STATIC_HEADERS } from './security-headers.ts';
import { STATIC_HEADERS as SERVED } from '../../../../scripts/serve.js';

const url = new URL('http://127.0.0.1:3000/logout');
const req = (method: string, headers: Record<string, string>) => new Request(url, { method, headers });

describe('cross-site check (finding 12)', () => {
	it('refuses every non-GET request without this origin, whatever the content type or none', () => {
		expect(isCrossSiteForm(req('POST', {}), url)).toBe(true); // no Content-Type, no Origin: passed before
		expect(isCrossSiteForm(req('POST', { origin: 'http://127.0.0.1:4000', cookie: 'canbao_session=x' }), url)).toBe(true);
		expect(isCrossSiteForm(req('PUT', { origin: 'null', 'content-type': 'application/octet-stream' }), url)).toBe(true);
		expect(isCrossSiteForm(req('DELETE', { origin: 'https://evil.example', 'content-type': 'application/json' }), url)).toBe(true);
		expect(isCrossSiteForm(req('POST', { 'content-type': 'application/json', cookie: 'canbao_session=x' }), url)).toBe(true);
	});
	it('lets this origin, safe methods and cookie-less Bearer scripts through', () => {
		expect(isCrossSiteForm(req('POST', { origin: 'http://127.0.0.1:3000' }), url)).toBe(false);
		expect(isCrossSiteForm(req('GET', { origin: 'https://evil.example' }), url)).toBe(false);
		expect(isCrossSiteForm(req('POST', { authorization: 'Bearer cbt_x' }), url)).toBe(false);
		expect(isCrossSiteForm(req('POST', { authorization: 'Bearer cbt_x', cookie: 'canbao_session=x' }), url)).toBe(true);
	});
	it('the production server puts the same headers on static files as the hooks on everything else (finding 13)', () => {
		expect(SERVED).toEqual(STATIC_HEADERS);
		expect(STATIC_HEADERS['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self';/);
	});
});
