import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';
import { redactIds } from '../../shared/masking.ts';

/**
 * The audit log (issue 6): every person-level view and every export, plus sign-ins and account
 * changes, one JSON line each, appended to data/audit.log (CANBAO_AUDIT overrides). The app only
 * ever appends. Each line carries `hash` = sha-256 of the previous line's hash and this entry, so a
 * line changed or removed by hand later breaks the chain (`verifyAudit`). Id numbers in the query
 * are masked before they are written: the log itself never holds a full 公民身份号码.
 */
export interface AuditEntry {
	at: string;
	user: string;
	role: string;
	action: string; // e.g. 'view-persons', 'export-persons', 'export-report', 'sign-in', 'user-add'
	/** what was asked: page or endpoint and its parameters (never a full id number) */
	query: Record<string, unknown>;
	rows: number;
	hash?: string;
}

/** Actions other than person views and exports, written by the auth code itself. */
export const ACCOUNT_ACTIONS = ['sign-in', 'sign-in-locked', 'sign-out', 'user-add', 'user-disable', 'user-enable', 'user-remove', 'user-reset', 'user-token', 'user-token-revoke'];

export function auditPath(): string {
	return resolve(process.env.CANBAO_AUDIT ?? resolve(projectRoot(), 'data', 'audit.log'));
}

const GENESIS = '0'.repeat(64);

function chain(previous: string, entry: Omit<AuditEntry, 'hash'>): string {
	return createHash('sha256').update(previous).update(JSON.stringify(entry)).digest('hex');
}

export function recordAudit(entry: Omit<AuditEntry, 'at' | 'hash'>): void {
	const path = auditPath();
	mkdirSync(dirname(path), { recursive: true });
	const clean: Omit<AuditEntry, 'hash'> = {
		at: new Date().toISOString(),
		user: String(entry.user),
		role: String(entry.role),
		action: String(entry.action),
		query: JSON.parse(redactIds(JSON.stringify(entry.query ?? {}))) as Record<string, unknown>,
		rows: Number.isFinite(entry.rows) ? entry.rows : 0
	};
	const [last] = tailLines(path, 1);
	const previous = last ? ((JSON.parse(last) as AuditEntry).hash ?? GENESIS) : GENESIS;
	appendFileSync(path, JSON.stringify({ ...clean, hash: chain(previous, clean) }) + '\n', { mode: 0o600 });
}

export interface AuditFilter {
	user?: string;
	action?: string;
	/** ISO date (YYYY-MM-DD): entries on or after */
	from?: string;
	/** ISO date: entries on or before */
	to?: string;
}

/** Newest first: up to `limit` entries matching `filter`, skipping the first `offset` matches. */
export function readAudit(limit = 500, filter: AuditFilter = {}, offset = 0): AuditEntry[] {
	const out: AuditEntry[] = [];
	let skipped = 0;
	for (const line of linesNewestFirst(auditPath())) {
		let entry: AuditEntry;
		try {
			entry = JSON.parse(line) as AuditEntry;
		} catch {
			continue;
		}
		if (!matches(entry, filter)) continue;
		if (skipped++ < offset) continue;
		out.push(entry);
		if (out.length >= limit) break;
	}
	return out;
}

function matches(e: AuditEntry, f: AuditFilter): boolean {
	if (f.user && e.user !== f.user) return false;
	if (f.action && e.action !== f.action) return false;
	const day = e.at.slice(0, 10);
	if (f.from && day < f.from) return false;
	if (f.to && day > f.to) return false;
	return true;
}

/** Walks the whole chain: the number of entries, and the first line (1-based) whose hash does not follow. */
export function verifyAudit(): { entries: number; brokenAt: number | null } {
	const path = auditPath();
	let previous = GENESIS;
	let n = 0;
	for (const line of linesOldestFirst(path)) {
		n++;
		try {
			const { hash, ...entry } = JSON.parse(line) as AuditEntry;
			if (hash !== chain(previous, entry)) return { entries: n, brokenAt: n };
			previous = hash;
		} catch {
			return { entries: n, brokenAt: n };
		}
	}
	return { entries: n, brokenAt: null };
}

const CHUNK = 64 * 1024;

/** Lines of a file from its end, read in chunks (the log can grow large; the viewer wants the newest). */
function* linesNewestFirst(path: string): Generator<string> {
	if (!existsSync(path)) return;
	const fd = openSync(path, 'r');
	try {
		let position = fstatSync(fd).size;
		let rest = Buffer.alloc(0);
		while (position > 0) {
			const size = Math.min(CHUNK, position);
			position -= size;
			const chunk = Buffer.alloc(size);
			readSync(fd, chunk, 0, size, position);
			let buffer = Buffer.concat([chunk, rest]);
			let end = buffer.length;
			for (let i = buffer.length - 1; i >= 0; i--) {
				if (buffer[i] !== 0x0a) continue;
				const line = buffer.subarray(i + 1, end).toString('utf8').trim();
				if (line) yield line;
				end = i;
			}
			rest = buffer.subarray(0, end);
			buffer = rest;
		}
		const first = rest.toString('utf8').trim();
		if (first) yield first;
	} finally {
		closeSync(fd);
	}
}

function* linesOldestFirst(path: string): Generator<string> {
	if (!existsSync(path)) return;
	const fd = openSync(path, 'r');
	try {
		let position = 0;
		let rest = Buffer.alloc(0);
		const chunk = Buffer.alloc(CHUNK);
		for (let read = readSync(fd, chunk, 0, CHUNK, position); read > 0; read = readSync(fd, chunk, 0, CHUNK, position)) {
			position += read;
			const buffer = Buffer.concat([rest, chunk.subarray(0, read)]);
			let start = 0;
			for (let i = 0; i < buffer.length; i++) {
				if (buffer[i] !== 0x0a) continue;
				const line = buffer.subarray(start, i).toString('utf8').trim();
				if (line) yield line;
				start = i + 1;
			}
			rest = buffer.subarray(start);
		}
		const last = rest.toString('utf8').trim();
		if (last) yield last;
	} finally {
		closeSync(fd);
	}
}

function tailLines(path: string, n: number): string[] {
	const out: string[] = [];
	for (const line of linesNewestFirst(path)) {
		out.push(line);
		if (out.length >= n) break;
	}
	return out;
}
