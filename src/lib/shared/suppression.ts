import { SMALL_CELL } from './masking.ts';

/**
 * Small-cell suppression of a cross-tab with its margins (issue 14, finding 8). Cells of 1–4 persons
 * are shown as "<5" to roles without person access; so that no such cell can be worked out from the
 * totals, every line of the table — a row with its row total, a column with its column total, the row
 * totals with the grand total, the column totals with the grand total — must hide none or at least two
 * of its members. A line with exactly one hidden member gets a second one hidden (its smallest other
 * non-zero cell, else its total), shown as "*", until no such line is left. Lines combined can still
 * pin a cell down (two rows minus a column …), so then the sums are solved as a linear system over the
 * hidden members (`determined`): while any "<5" cell is fixed by them, the smallest shown member of a
 * line through it is hidden too.
 */
export type Count = number | '<5' | '*';

/** Shown for a value hidden only so that a "<5" cell cannot be derived. */
export const COMPLEMENT = '*';

export interface TableCounts {
	cells: { r: string; c: string; n: number }[];
	rowTotals: Map<string, number>;
	colTotals: Map<string, number>;
	total: number;
}

export interface SuppressedTable {
	cells: Count[];
	rowTotals: Map<string, Count>;
	colTotals: Map<string, Count>;
	total: Count;
}

type Member = { kind: 'cell'; index: number } | { kind: 'row' | 'col'; key: string } | { kind: 'total' };

const isSmall = (n: number) => n > 0 && n < SMALL_CELL;

export function suppressTable(t: TableCounts, personAccess: boolean): SuppressedTable {
	if (personAccess) {
		return { cells: t.cells.map((c) => c.n), rowTotals: new Map(t.rowTotals), colTotals: new Map(t.colTotals), total: t.total };
	}
	const id = (m: Member) => (m.kind === 'cell' ? `c${m.index}` : m.kind === 'total' ? 't' : `${m.kind}:${m.key}`);
	const value = (m: Member) =>
		m.kind === 'cell' ? t.cells[m.index].n : m.kind === 'row' ? (t.rowTotals.get(m.key) ?? 0) : m.kind === 'col' ? (t.colTotals.get(m.key) ?? 0) : t.total;
	const hidden = new Map<string, Count>();

	// the equations a reader can use: each lists its members (the sum of the others equals the last, a total)
	const lines: Member[][] = [];
	const byRow = new Map<string, Member[]>();
	const byCol = new Map<string, Member[]>();
	t.cells.forEach((cell, index) => {
		if (!byRow.has(cell.r)) byRow.set(cell.r, []);
		if (!byCol.has(cell.c)) byCol.set(cell.c, []);
		byRow.get(cell.r)!.push({ kind: 'cell', index });
		byCol.get(cell.c)!.push({ kind: 'cell', index });
	});
	for (const [key, members] of byRow) lines.push([...members, { kind: 'row', key }]);
	for (const [key, members] of byCol) lines.push([...members, { kind: 'col', key }]);
	lines.push([...[...t.rowTotals.keys()].map((key): Member => ({ kind: 'row', key })), { kind: 'total' }]);
	lines.push([...[...t.colTotals.keys()].map((key): Member => ({ kind: 'col', key })), { kind: 'total' }]);

	for (const line of lines) for (const m of line) if (isSmall(value(m))) hidden.set(id(m), '<5');

	for (let changed = true; changed; ) {
		changed = false;
		for (const line of lines) {
			if (line.filter((m) => hidden.has(id(m))).length !== 1) continue;
			// hide a second member: the smallest other non-zero part, else the line's total
			const parts = line.slice(0, -1).filter((m) => !hidden.has(id(m)) && value(m) > 0);
			const pick = parts.length > 0 ? parts.reduce((a, b) => (value(b) < value(a) ? b : a)) : line[line.length - 1];
			if (hidden.has(id(pick))) continue;
			hidden.set(id(pick), COMPLEMENT);
			changed = true;
		}
	}
	const all = lines.flat();
	for (let guard = 0; guard < all.length; guard++) {
		const fixed = determined(lines.map((l) => l.map(id)), hidden).filter((key) => hidden.get(key) === '<5');
		if (fixed.length === 0) break;
		// hide the smallest shown non-zero member of a line through the first fixed cell (else of any line)
		const through = lines.filter((l) => l.some((m) => id(m) === fixed[0]));
		const candidates = (through.length ? through : lines).flat().filter((m) => !hidden.has(id(m)) && value(m) > 0);
		const pool = candidates.length ? candidates : all.filter((m) => !hidden.has(id(m)));
		if (pool.length === 0) break;
		hidden.set(id(pool.reduce((a, b) => (value(b) < value(a) ? b : a))), COMPLEMENT);
	}
	const shown = (m: Member): Count => hidden.get(id(m)) ?? value(m);
	return {
		cells: t.cells.map((_, index) => shown({ kind: 'cell', index })),
		rowTotals: new Map([...t.rowTotals.keys()].map((key) => [key, shown({ kind: 'row', key })])),
		colTotals: new Map([...t.colTotals.keys()].map((key) => [key, shown({ kind: 'col', key })])),
		total: shown({ kind: 'total' })
	};
}

/**
 * The hidden members whose value the shown ones and the sums fix exactly: each line says that its parts
 * add up to its last member; over the hidden members that is a linear system, and a member is fixed when
 * the reduced row echelon form has a row with it alone.
 */
export function determined(lines: string[][], hidden: Map<string, unknown>): string[] {
	const keys = [...new Set(lines.flat().filter((k) => hidden.has(k)))];
	const index = new Map(keys.map((k, i) => [k, i]));
	const m: number[][] = lines.map((line) => {
		const row = new Array<number>(keys.length).fill(0);
		line.forEach((k, i) => {
			if (index.has(k)) row[index.get(k)!] += i === line.length - 1 ? -1 : 1;
		});
		return row;
	});
	const EPS = 1e-9;
	let rank = 0;
	for (let col = 0; col < keys.length && rank < m.length; col++) {
		let pivot = -1;
		for (let i = rank; i < m.length; i++) if (Math.abs(m[i][col]) > EPS) { pivot = i; break; }
		if (pivot < 0) continue;
		[m[rank], m[pivot]] = [m[pivot], m[rank]];
		const p = m[rank][col];
		for (let j = 0; j < keys.length; j++) m[rank][j] /= p;
		for (let i = 0; i < m.length; i++) {
			const f = m[i][col];
			if (i === rank || Math.abs(f) <= EPS) continue;
			for (let j = 0; j < keys.length; j++) m[i][j] -= f * m[rank][j];
		}
		rank++;
	}
	const out: string[] = [];
	for (const row of m) {
		let only = -1;
		let count = 0;
		for (let j = 0; j < keys.length; j++) if (Math.abs(row[j]) > EPS) { only = j; count++; }
		if (count === 1) out.push(keys[only]);
	}
	return out;
}
