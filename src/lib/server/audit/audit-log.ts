import { appendFileSync, chmodSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';
import { redactIds } from '../../shared/masking.ts';

/**
 * The audit log (issue 6): every person-level view and every export, plus sign-ins and account
 * changes, one JSON line each, appended to data/audit.log (CANBAO_AUDIT overrides). The app only
 * ever appends. Id numbers in the query are masked before they are written: the log itself never
 * holds a full 公民身份号码.
 *
 * Integrity (issue 14, finding 6): each line carries `mac` = HMAC-SHA-256, keyed with a secret kept
 * outside the log (data/audit.key, 0600, made on first use; CANBAO_AUDIT_KEY_FILE overrides), of the
 * previous line's mac and this entry: without the key nobody can remove or change lines and recompute
 * the chain. The head (number of entries and last mac, itself keyed) is anchored in a separate file
 * (audit.log.head), so cutting entries off the end is detected too. Lines written before the key
 * existed carry an unkeyed `hash` and are accepted only before the first keyed line. A line torn by a
 * crash (no end, not JSON) is skipped: appending and reading go on, and the check names it.
 * Repeated identical entries of a flood (`sign-in-locked` for one name) are written at most once a
 * minute per name, with the number of repeats.
 */
export interface AuditEntry {
	at: string;
	user: string;
	role: string;
	action: string; // e.g. 'view-persons', 'export-persons', 'export-report', 'sign-in', 'user-add'
	/** what was asked: page or endpoint and its parameters (never a full id number) */
	query: Record<string, unknown>;
	rows: number;
	/** keyed chain value (HMAC-SHA-256) */
	mac?: string;
	/** unkeyed chain value of lines written before the key existed (SHA-256) */
	hash?: string;
}

/** Actions other than person views and exports, written by the auth code itself. */
export const ACCOUNT_ACTIONS = ['sign-in', 'sign-in-locked', 'sign-out', 'user-add', 'user-disable', 'user-enable', 'user-remove', 'user-reset', 'user-token', 'user-token-revoke'];

export function auditPath(): string {
	return resolve(process.env.CANBAO_AUDIT ?? resolve(projectRoot(), 'data', 'audit.log'));
}

/** The key of the chain: next to the log by default, never inside it. */
export function auditKeyPath(): string {
	return resolve(process.env.CANBAO_AUDIT_KEY_FILE ?? resolve(dirname(auditPath()), 'audit.key'));
}

function headPath(): string {
	return `${auditPath()}.head`;
}

const GENESIS = '0'.repeat(64);

/** The key, made (32 random bytes, hex, mode 0600) on first use; a key made by another process at the same time wins. */
function auditKey(): Buffer {
	const path = auditKeyPath();
	if (!existsSync(path)) {
		mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
		try {
			writeFileSync(path, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
	const key = readFileSync(path, 'utf8').trim();
	if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`audit key ${path} is not 64 hex characters`);
	return Buffer.from(key, 'hex');
}

function legacyChain(previous: string, entry: Omit<AuditEntry, 'hash' | 'mac'>): string {
	return createHash('sha256').update(previous).update(JSON.stringify(entry)).digest('hex');
}

function keyedChain(key: Buffer, previous: string, entry: Omit<AuditEntry, 'hash' | 'mac'>): string {
	return createHmac('sha256', key).update(previous).update(JSON.stringify(entry)).digest('hex');
}

interface Head {
	entries: number;
	mac: string;
	/** HMAC of entries and mac: the head file cannot be rewritten without the key either */
	seal: string;
}

function seal(key: Buffer, entries: number, mac: string): string {
	return createHmac('sha256', key).update(`head:${entries}:${mac}`).digest('hex');
}

function readHead(): Head | null {
	try {
		const head = JSON.parse(readFileSync(headPath(), 'utf8')) as Head;
		return Number.isSafeInteger(head.entries) && typeof head.mac === 'string' ? head : null;
	} catch {
		return null;
	}
}

function writeHead(key: Buffer, entries: number, mac: string): void {
	const temp = `${headPath()}.${process.pid}.tmp`;
	writeFileSync(temp, JSON.stringify({ entries, mac, seal: seal(key, entries, mac) }) + '\n', { mode: 0o600 });
	renameSync(temp, headPath());
}

/** The chain value of a parsed line, or null for a torn one. */
function parseLine(line: string): AuditEntry | null {
	try {
		const entry = JSON.parse(line) as AuditEntry;
		return entry && typeof entry === 'object' && typeof (entry.mac ?? entry.hash) === 'string' ? entry : null;
	} catch {
		return null;
	}
}

/** How many entries the log holds and the last chain value: from the head when it matches the last line, else by counting. */
function currentTail(key: Buffer): { entries: number; last: string; endsWithNewline: boolean } {
	const path = auditPath();
	let last: AuditEntry | null = null;
	for (const line of linesNewestFirst(path)) {
		last = parseLine(line);
		if (last) break;
	}
	const endsWithNewline = endsInNewline(path);
	if (!last) return { entries: 0, last: GENESIS, endsWithNewline };
	const lastValue = (last.mac ?? last.hash) as string;
	const head = readHead();
	if (head && head.mac === lastValue && head.seal === seal(key, head.entries, head.mac)) return { entries: head.entries, last: lastValue, endsWithNewline };
	let entries = 0;
	for (const line of linesOldestFirst(path)) if (parseLine(line)) entries++;
	return { entries, last: lastValue, endsWithNewline };
}

function endsInNewline(path: string): boolean {
	if (!existsSync(path)) return true;
	const fd = openSync(path, 'r');
	try {
		const size = fstatSync(fd).size;
		if (size === 0) return true;
		const byte = Buffer.alloc(1);
		readSync(fd, byte, 0, 1, size - 1);
		return byte[0] === 0x0a;
	} finally {
		closeSync(fd);
	}
}

/** Actions whose identical repeats (same action, user and query) are written at most once a minute. */
const RATE_LIMITED = new Set(['sign-in-locked']);
export const REPEAT_WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;
const repeats = new Map<string, { until: number; suppressed: number; entry: Omit<AuditEntry, 'at' | 'hash' | 'mac'>; timer: ReturnType<typeof setTimeout> | null }>();

/** Whether this entry is a repeat within the window (then it is counted, not written). */
function suppressedRepeat(entry: Omit<AuditEntry, 'at' | 'hash' | 'mac'>): boolean {
	if (!RATE_LIMITED.has(entry.action)) return false;
	const now = Date.now();
	const id = JSON.stringify([entry.action, entry.user, entry.query]);
	const seen = repeats.get(id);
	if (seen && now < seen.until) {
		seen.suppressed++;
		// at the end of the window one line says how many were left out
		seen.timer ??= setTimeout(() => flushRepeats(id), Math.max(seen.until - now, 0));
		seen.timer.unref?.();
		return true;
	}
	if (repeats.size >= MAX_TRACKED) {
		for (const [k, v] of repeats) if (v.until <= now && !v.timer) repeats.delete(k);
		if (repeats.size >= MAX_TRACKED) return false; // a flood of distinct names: write them (each name locks on its own)
	}
	repeats.set(id, { until: now + REPEAT_WINDOW_MS, suppressed: 0, entry, timer: null });
	return false;
}

function flushRepeats(id: string): void {
	const seen = repeats.get(id);
	if (!seen) return;
	repeats.delete(id);
	if (seen.suppressed > 0) {
		appendEntry({ ...seen.entry, query: { ...seen.entry.query, repeated: seen.suppressed } });
		repeats.set(id, { until: Date.now() + REPEAT_WINDOW_MS, suppressed: 0, entry: seen.entry, timer: null });
	}
}

/** Writes now whatever repeats are still counted (tests; a server that stops). */
export function flushAuditRepeats(): void {
	for (const [id, seen] of [...repeats]) {
		if (seen.timer) clearTimeout(seen.timer);
		seen.timer = null;
		flushRepeats(id);
	}
	repeats.clear();
}

export function recordAudit(entry: Omit<AuditEntry, 'at' | 'hash' | 'mac'>): void {
	if (suppressedRepeat(entry)) return;
	appendEntry(entry);
}

function appendEntry(entry: Omit<AuditEntry, 'at' | 'hash' | 'mac'>): void {
	const path = auditPath();
	mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
	const clean: Omit<AuditEntry, 'hash' | 'mac'> = {
		at: new Date().toISOString(),
		user: String(entry.user),
		role: String(entry.role),
		action: String(entry.action),
		query: JSON.parse(redactIds(JSON.stringify(entry.query ?? {}))) as Record<string, unknown>,
		rows: Number.isFinite(entry.rows) ? entry.rows : 0
	};
	const key = auditKey();
	const tail = currentTail(key);
	const mac = keyedChain(key, tail.last, clean);
	// a line torn by a crash is left as it is and closed, so the new entry starts on a line of its own
	appendFileSync(path, (tail.endsWithNewline ? '' : '\n') + JSON.stringify({ ...clean, mac }) + '\n', { mode: 0o600 });
	writeHead(key, tail.entries + 1, mac);
}

export interface AuditFilter {
	user?: string;
	action?: string;
	/** ISO date (YYYY-MM-DD): entries on or after */
	from?: string;
	/** ISO date: entries on or before */
	to?: string;
	/** only entries the viewer may see (the 管理员's scope: audit-view.ts) */
	visible?: (entry: AuditEntry) => boolean;
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
	if (f.visible && !f.visible(e)) return false;
	return true;
}

export interface AuditIntegrity {
	/** entries read (torn lines not counted) */
	entries: number;
	/** the first line (1-based) that does not follow from the ones before, or where entries are missing */
	brokenAt: number | null;
	/** what is wrong, in words for the 管理员; null when the chain is intact */
	problem: string | null;
	/** lines torn by a crash (skipped; they do not break the chain) */
	torn: number[];
}

/** Walks the whole chain with the key, and compares its end with the anchored head. */
export function verifyAudit(): AuditIntegrity {
	const path = auditPath();
	const result = (entries: number, brokenAt: number | null, problem: string | null, torn: number[]): AuditIntegrity => ({ entries, brokenAt, problem, torn });
	const torn: number[] = [];
	if (!existsSync(path) && !readHead()) return result(0, null, null, torn);
	const key = auditKey();
	const head = readHead();
	let previous = GENESIS;
	let n = 0;
	let lineNo = 0;
	let keyed = false;
	let atHead: string | null = null;
	for (const line of linesOldestFirst(path)) {
		lineNo++;
		const parsed = parseLine(line);
		if (!parsed) {
			torn.push(lineNo);
			continue;
		}
		n++;
		const { hash, mac, ...entry } = parsed;
		if (mac !== undefined) {
			if (mac !== keyedChain(key, previous, entry)) return result(n, lineNo, `第 ${lineNo} 行与前文不符（校验码不符），日志可能被人为改动或删除了其前的记录`, torn);
			keyed = true;
			previous = mac;
		} else {
			if (keyed || hash !== legacyChain(previous, entry)) return result(n, lineNo, `第 ${lineNo} 行与前文不符，日志可能被人为改动`, torn);
			previous = hash as string;
		}
		if (head && n === head.entries) atHead = previous;
	}
	if (keyed && !head) return result(n, lineNo + 1, '锚点文件 audit.log.head 缺失，无法确认日志末尾是否完整', torn);
	if (head) {
		if (head.seal !== seal(key, head.entries, head.mac)) return result(n, lineNo + 1, '锚点文件 audit.log.head 被改动（校验码不符）', torn);
		if (head.entries > n) return result(n, lineNo + 1, `日志末尾缺少记录：锚点记载 ${head.entries} 条，现仅有 ${n} 条（可能被截断）`, torn);
		// entries after the head are fine (another process appended meanwhile); the anchored one must be there
		if (atHead !== head.mac) return result(n, head.entries, `第 ${head.entries} 条记录与锚点不符，日志可能被改动`, torn);
	}
	return result(n, null, null, torn);
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
