import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';

/**
 * The audit log (issue 6): every person-level view and every export, one JSON line each, appended
 * to data/audit.log. The app only ever appends; nothing in it rewrites or deletes entries.
 */
export interface AuditEntry {
	at: string;
	user: string;
	role: string;
	action: string; // e.g. 'view-persons', 'export-persons', 'export-rank'
	/** what was asked: page or endpoint and its parameters (never a full id number) */
	query: Record<string, unknown>;
	rows: number;
}

export function auditPath(): string {
	return resolve(process.env.CANBAO_AUDIT ?? resolve(projectRoot(), 'data', 'audit.log'));
}

export function recordAudit(entry: Omit<AuditEntry, 'at'>): void {
	const path = auditPath();
	mkdirSync(dirname(path), { recursive: true });
	appendFileSync(path, JSON.stringify({ at: new Date().toISOString(), ...entry }) + '\n', { mode: 0o600 });
}

export function readAudit(limit = 500): AuditEntry[] {
	const path = auditPath();
	if (!existsSync(path)) return [];
	const lines = readFileSync(path, 'utf8').trim().split('\n').filter(Boolean);
	return lines.slice(-limit).reverse().map((line) => JSON.parse(line) as AuditEntry);
}
