import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip size of the JavaScript a browser loads for each page on a first visit: the client entry, the
 * root layout and the page's node, with every chunk they import, statically or when mounting (from
 * the build manifest).
 */
export function pageJsSizes(): { route: string; gzipKb: number }[] {
	const manifestPath = '.svelte-kit/output/client/.vite/manifest.json';
	const serverManifest = '.svelte-kit/output/server/manifest-full.js';
	if (!existsSync(manifestPath) || !existsSync(serverManifest)) return [];
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;
	const server = readFileSync(serverManifest, 'utf8');
	// one route object per `id:`; only those with a page (not endpoints) load JavaScript
	const routes = server
		.split(/(?=\bid: ")/)
		.map((chunk) => /^id: "([^"]+)"[\s\S]*?page: \{ layouts: \[([\d,]*)\], errors: \[[\d,]*\], leaf: (\d+) \}/.exec(chunk))
		.filter((m): m is RegExpExecArray => m !== null);
	const entryKeys = Object.keys(manifest).filter((k) => /client-optimized\/app\.js$|runtime\/client\/entry\.js$/.test(k));
	return routes.map(([, route, layouts, leaf]) => {
		const nodes = [...layouts.split(',').filter(Boolean), leaf].map((n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`);
		const files = new Set<string>();
		// the client entry imports every page lazily, so only a page's own lazy imports count (its
		// charts, loaded when it mounts: sent on a first visit all the same)
		const visit = (key: string, lazyToo: boolean) => {
			const chunk = manifest[key];
			if (!chunk || files.has(chunk.file)) return;
			files.add(chunk.file);
			for (const imported of chunk.imports ?? []) visit(imported, lazyToo);
			if (lazyToo) for (const imported of chunk.dynamicImports ?? []) visit(imported, lazyToo);
		};
		entryKeys.forEach((key) => visit(key, false));
		nodes.forEach((key) => visit(key, true));
		let bytes = 0;
		for (const file of files) {
			const path = join('build/client', file);
			if (!existsSync(path)) continue;
			bytes += existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gzipSync(readFileSync(path)).length;
		}
		return { route, gzipKb: bytes / 1024 };
	});
}
