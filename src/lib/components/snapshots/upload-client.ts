/**
 * The browser side of a snapshot upload: files go up in pieces (each request stays under the
 * server's body limit) with XHR so the progress bar can follow every byte; then the server is asked
 * to validate, and polled until the phase settles.
 */
import type { UploadStatus } from '$lib/shared/upload-status.ts';

export const PIECE = 400_000;

export interface Picked {
	/** path inside the chosen folder (webkitRelativePath), or the zip's name */
	name: string;
	file: Blob;
}

export type { UploadStatus };

/** Files worth sending: no hidden files (.DS_Store …) or system folders. */
export function pickFiles(files: ArrayLike<File>): Picked[] {
	return Array.from(files)
		.map((file) => ({ name: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name, file }))
		.filter((p) => !p.name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX'));
}

/** The pieces of a file: [offset, end) pairs; an empty file is one empty piece. */
export function pieces(size: number, piece = PIECE): [number, number][] {
	if (size === 0) return [[0, 0]];
	const out: [number, number][] = [];
	for (let offset = 0; offset < size; offset += piece) out.push([offset, Math.min(size, offset + piece)]);
	return out;
}

async function answer<T>(response: Response): Promise<T> {
	const body = await response.json().catch(() => null);
	if (!response.ok) throw new Error((body as { message?: string } | null)?.message ?? `HTTP ${response.status}`);
	return body as T;
}

function putPiece(url: string, body: Blob, onProgress: (loaded: number) => void): Promise<void> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('PUT', url);
		// without a content type the server reads no body at all
		xhr.setRequestHeader('content-type', 'application/octet-stream');
		xhr.upload.onprogress = (e) => onProgress(e.loaded);
		xhr.onload = () => {
			if (xhr.status >= 200 && xhr.status < 300) resolve();
			else reject(new Error((JSON.parse(xhr.responseText || '{}') as { message?: string }).message ?? `HTTP ${xhr.status}`));
		};
		xhr.onerror = () => reject(new Error('网络错误，上传中断'));
		xhr.send(body);
	});
}

export async function uploadAndValidate(files: Picked[], query: string, onProgress: (sent: number, total: number) => void): Promise<UploadStatus> {
	const started = await answer<UploadStatus>(await fetch(`/snapshots/uploads${query}`, { method: 'POST' }));
	const base = `/snapshots/uploads/${started.id}`;
	const total = files.reduce((n, f) => n + f.file.size, 0);
	let sent = 0;
	for (const f of files) {
		for (const [offset, end] of pieces(f.file.size)) {
			const q = new URLSearchParams(query.replace(/^\?/, ''));
			q.set('name', f.name);
			q.set('offset', String(offset));
			await putPiece(`${base}?${q}`, f.file.slice(offset, end), (loaded) => onProgress(sent + loaded, total));
			sent += end - offset;
			onProgress(sent, total);
		}
	}
	return act(started.id, 'validate', query);
}

/** `confirmShrink`: the second confirmation of a replacement that leaves fewer than half the persons. */
export async function act(id: string, action: 'validate' | 'load', query: string, confirmShrink = false): Promise<UploadStatus> {
	return answer<UploadStatus>(
		await fetch(`/snapshots/uploads/${id}${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, confirmShrink }) })
	);
}

export async function statusOf(id: string, query: string): Promise<UploadStatus> {
	return answer<UploadStatus>(await fetch(`/snapshots/uploads/${id}${query}`));
}

export async function discard(id: string, query: string): Promise<void> {
	await answer(await fetch(`/snapshots/uploads/${id}${query}`, { method: 'DELETE' }));
}

/** Polls until the upload leaves a working phase (validating, loading); `onStatus` sees each answer (the step). */
export async function settle(id: string, query: string, every = 500, onStatus?: (s: UploadStatus) => void): Promise<UploadStatus> {
	for (;;) {
		const status = await statusOf(id, query);
		onStatus?.(status);
		if (status.phase !== 'validating' && status.phase !== 'loading') return status;
		await new Promise((r) => setTimeout(r, every));
	}
}
