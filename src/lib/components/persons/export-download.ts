/**
 * The browser side of a streamed export: fetch the file, count what arrives (bytes; rows for CSV, one
 * line each after the header), then save it under the name the server gave (Content-Disposition,
 * RFC 5987 filename*). Without JavaScript the export is a plain link and the browser downloads it.
 */
export interface Progress {
	bytes: number;
	/** data rows received so far (CSV only) */
	rows: number | null;
}

/** The file name of a Content-Disposition header: filename*=UTF-8''… first, else filename="…". */
export function fileNameOf(disposition: string | null, fallback: string): string {
	if (!disposition) return fallback;
	const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
	if (star) {
		try {
			return decodeURIComponent(star[1].trim());
		} catch {
			// a malformed name: fall through to the plain one
		}
	}
	const plain = /filename="([^"]+)"/i.exec(disposition);
	return plain ? plain[1] : fallback;
}

/** 正在导出… 1.2 MB（3,400 行） */
export function progressText(p: Progress): string {
	const size = p.bytes >= 1024 * 1024 ? `${(p.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(p.bytes / 1024)} KB`;
	return `正在导出… ${size}${p.rows === null ? '' : `（${p.rows.toLocaleString('en-US')} 行）`}`;
}

/** Newlines in a chunk (CSV rows end with \r\n; GB18030 keeps 0x0A a single byte). */
export function countLines(chunk: Uint8Array): number {
	let n = 0;
	for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
	return n;
}

/** Fetches `url`, reporting progress, and returns the file (blob and name); throws with the server's message. */
export async function fetchExport(url: string, csv: boolean, onProgress: (p: Progress) => void): Promise<{ blob: Blob; name: string }> {
	const response = await fetch(url);
	if (!response.ok || !response.body) {
		const message = ((await response.json().catch(() => null)) as { message?: string } | null)?.message;
		throw new Error(message ?? `导出失败（HTTP ${response.status}）`);
	}
	const reader = response.body.getReader();
	const parts: Uint8Array[] = [];
	const progress: Progress = { bytes: 0, rows: csv ? 0 : null };
	let lines = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		parts.push(value);
		progress.bytes += value.length;
		if (csv) {
			lines += countLines(value);
			progress.rows = Math.max(0, lines - 1); // the header line
		}
		onProgress({ ...progress });
	}
	const type = response.headers.get('content-type') ?? 'application/octet-stream';
	return { blob: new Blob(parts as BlobPart[], { type }), name: fileNameOf(response.headers.get('content-disposition'), csv ? 'export.csv' : 'export.xlsx') };
}
