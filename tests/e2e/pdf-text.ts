import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF printed by Chromium, page by page — enough to check what a printed page says.
 * Chromium writes each font with a ToUnicode CMap and shows text as hex glyph ids (Tj/TJ with <…>);
 * this maps them back per font through the page's /Font resources.
 */
export function pdfPages(pdf: Buffer): string[] {
	const text = pdf.toString('latin1');
	const objects = new Map<number, { dict: string; stream: Buffer | null }>();
	const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
	for (let m; (m = re.exec(text)); ) {
		const body = m[2];
		const s = body.indexOf('stream');
		let stream: Buffer | null = null;
		let dict = body;
		if (s >= 0) {
			dict = body.slice(0, s);
			const start = m.index + m[0].indexOf('stream') + 'stream'.length + (text[m.index + m[0].indexOf('stream') + 6] === '\r' ? 2 : 1);
			const end = text.lastIndexOf('endstream', m.index + m[0].length);
			const raw = pdf.subarray(start, end);
			try {
				stream = /FlateDecode/.test(dict) ? inflateSync(raw) : raw;
			} catch {
				stream = raw;
			}
		}
		objects.set(Number(m[1]), { dict, stream });
	}
	const cmapCache = new Map<number, Map<number, string>>();
	const cmapOf = (fontId: number): Map<number, string> => {
		if (cmapCache.has(fontId)) return cmapCache.get(fontId)!;
		const map = new Map<number, string>();
		const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId)?.dict ?? '');
		const cmap = ref ? (objects.get(Number(ref[1]))?.stream?.toString('latin1') ?? '') : '';
		const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
		for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
			for (const [, g, u] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(g, 16), hex(u));
		}
		for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
			for (const [, a, b, u, list] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
				const items = list ? [...list.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]) : [];
				for (let g = parseInt(a, 16), n = 0; g <= parseInt(b, 16); g++, n++) map.set(g, u ? String.fromCodePoint(parseInt(u, 16) + n) : hex(items[n] ?? ''));
			}
		}
		cmapCache.set(fontId, map);
		return map;
	};
	const pages: string[] = [];
	for (const [, obj] of [...objects].sort((a, b) => a[0] - b[0])) {
		if (!/\/Type\s*\/Page\b/.test(obj.dict)) continue;
		const fonts = new Map<string, number>();
		const resRef = /\/Resources (\d+) 0 R/.exec(obj.dict);
		const resources = resRef ? (objects.get(Number(resRef[1]))?.dict ?? '') : obj.dict;
		const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
		for (const [, name, id] of fontBlock.matchAll(/\/(\S+?) (\d+) 0 R/g)) fonts.set(name, Number(id));
		const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(obj.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));
		let out = '';
		for (const c of contents) {
			const ops = objects.get(c)?.stream?.toString('latin1') ?? '';
			let font = new Map<number, string>();
			let actual = false; // inside /Span <</ActualText …>> BDC … EMC the ActualText is the text (glyphs the font lacks)
			const ops_re = /\/ActualText\s*<FEFF([0-9A-Fa-f]*)>\s*>>\s*BDC|\bEMC\b|\/(\S+) [\d.]+ Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\])\s*T[Jj]/g;
			for (const [, act, fname, str] of ops.matchAll(ops_re)) {
				if (act !== undefined) {
					out += String.fromCodePoint(...(act.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
					actual = true;
				} else if (fname !== undefined) {
					if (fonts.has(fname)) font = cmapOf(fonts.get(fname)!);
				} else if (str !== undefined) {
					if (!actual) for (const [, h] of str.matchAll(/<([0-9A-Fa-f]+)>/g)) for (const g of h.match(/.{4}/g) ?? []) out += font.get(parseInt(g, 16)) ?? '';
				} else actual = false;
			}
			out += '\n';
		}
		pages.push(out);
	}
	return pages;
}
