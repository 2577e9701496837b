import { describe, expect, it } from 'vitest';
import { suppressTable, type Count, type TableCounts } from './suppression.ts';

function table(grid: Record<string, Record<string, number>>): TableCounts {
	const cells: TableCounts['cells'] = [];
	const rowTotals = new Map<string, number>();
	const colTotals = new Map<string, number>();
	let total = 0;
	for (const [r, row] of Object.entries(grid)) {
		for (const [c, n] of Object.entries(row)) {
			if (n === 0) continue; // the query sends no empty cells
			cells.push({ r, c, n });
			rowTotals.set(r, (rowTotals.get(r) ?? 0) + n);
			colTotals.set(c, (colTotals.get(c) ?? 0) + n);
			total += n;
		}
	}
	return { cells, rowTotals, colTotals, total };
}

/**
 * Every value of each hidden member consistent with what is shown ("<5" is 1–4, "*" is 0–max, a shown
 * number is itself) and with every row, column and margin sum: found by trying them all (small tables).
 */
function feasibleValues(t: TableCounts, shown: ReturnType<typeof suppressTable>, max = 20): Map<string, Set<number>> {
	type V = { key: string; get: (x: number[]) => number; range: number[] };
	const hidden: { key: string; range: number[] }[] = [];
	const range = (c: Count) => (c === '<5' ? [1, 2, 3, 4] : [...Array(max + 1).keys()]);
	const cellAt = new Map<string, Count>();
	t.cells.forEach((cell, i) => cellAt.set(`${cell.r}|${cell.c}`, shown.cells[i]));
	const slot = (key: string, c: Count) => {
		if (typeof c === 'number') return () => c;
		const index = hidden.length;
		hidden.push({ key, range: range(c) });
		return (x: number[]) => x[index];
	};
	const cellVal = new Map<string, V['get']>();
	for (const [key, c] of cellAt) cellVal.set(key, slot(`cell ${key}`, c));
	const rowVal = new Map([...shown.rowTotals].map(([k, c]) => [k, slot(`row ${k}`, c)]));
	const colVal = new Map([...shown.colTotals].map(([k, c]) => [k, slot(`col ${k}`, c)]));
	const totalVal = slot('total', shown.total);
	const out = new Map(hidden.map((h) => [h.key, new Set<number>()]));
	const x: number[] = [];
	const consistent = () => {
		const sum = (keys: string[]) => keys.reduce((s, k) => s + cellVal.get(k)!(x), 0);
		for (const [r, get] of rowVal) if (sum([...cellAt.keys()].filter((k) => k.startsWith(`${r}|`))) !== get(x)) return false;
		for (const [c, get] of colVal) if (sum([...cellAt.keys()].filter((k) => k.endsWith(`|${c}`))) !== get(x)) return false;
		const rows = [...rowVal.values()].reduce((s, g) => s + g(x), 0);
		const cols = [...colVal.values()].reduce((s, g) => s + g(x), 0);
		return rows === totalVal(x) && cols === totalVal(x);
	};
	const walk = (i: number) => {
		if (i === hidden.length) {
			if (consistent()) hidden.forEach((h, j) => out.get(h.key)!.add(x[j]));
			return;
		}
		for (const v of hidden[i].range) {
			x[i] = v;
			walk(i + 1);
		}
	};
	walk(0);
	return out;
}

/**
 * Whether a reader can work out hidden members exactly from the shown values and the sums: a member is
 * determined when its unit vector lies in the row space of the sums restricted to the hidden members
 * (Gaussian elimination). Returns the keys of hidden "<5" cells that are determined.
 */
function derivableSmallCells(t: TableCounts, shown: ReturnType<typeof suppressTable>): string[] {
	const keys: string[] = [];
	const index = new Map<string, number>();
	const add = (key: string, c: Count) => {
		if (typeof c !== 'number') index.set(key, keys.push(key) - 1);
	};
	t.cells.forEach((cell, i) => add(`cell ${cell.r}|${cell.c}`, shown.cells[i]));
	for (const [k, c] of shown.rowTotals) add(`row ${k}`, c);
	for (const [k, c] of shown.colTotals) add(`col ${k}`, c);
	add('total', shown.total);
	const equations: number[][] = [];
	const equation = (plus: string[], minus: string) => {
		const e = new Array(keys.length).fill(0);
		for (const k of plus) if (index.has(k)) e[index.get(k)!] += 1;
		if (index.has(minus)) e[index.get(minus)!] -= 1;
		equations.push(e);
	};
	for (const r of t.rowTotals.keys()) equation(t.cells.filter((c) => c.r === r).map((c) => `cell ${c.r}|${c.c}`), `row ${r}`);
	for (const c of t.colTotals.keys()) equation(t.cells.filter((x) => x.c === c).map((x) => `cell ${x.r}|${x.c}`), `col ${c}`);
	equation([...t.rowTotals.keys()].map((k) => `row ${k}`), 'total');
	equation([...t.colTotals.keys()].map((k) => `col ${k}`), 'total');
	// reduced row echelon form
	const m = equations.map((e) => [...e]);
	let rank = 0;
	for (let col = 0; col < keys.length && rank < m.length; col++) {
		const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[col]) > 1e-9);
		if (pivot < 0) continue;
		[m[rank], m[pivot]] = [m[pivot], m[rank]];
		const p = m[rank][col];
		m[rank] = m[rank].map((v) => v / p);
		for (let i = 0; i < m.length; i++) if (i !== rank && Math.abs(m[i][col]) > 1e-9) m[i] = m[i].map((v, j) => v - m[i][col] * m[rank][j]);
		rank++;
	}
	// a variable is determined when some row of the reduced form has it as its only non-zero entry
	const determined = new Set<number>();
	for (const row of m) {
		const nonZero = row.map((v, j) => (Math.abs(v) > 1e-9 ? j : -1)).filter((j) => j >= 0);
		if (nonZero.length === 1) determined.add(nonZero[0]);
	}
	return keys.filter((k, i) => determined.has(i) && k.startsWith('cell') && shown.cells[t.cells.findIndex((c) => `cell ${c.r}|${c.c}` === k)] === '<5');
}

describe('small-cell suppression with complementary cells (finding 8)', () => {
	it('hides a second cell in every row and column that has one "<5" (worked by hand)', () => {
		// A: 3 10 7 | 20   B: 6 8 12 | 26   columns 9 18 19 | 46
		const t = table({ A: { x: 3, y: 10, z: 7 }, B: { x: 6, y: 8, z: 12 } });
		const s = suppressTable(t, false);
		// A.x is "<5"; row A then hides its smallest other cell A.z (7); column x hides B.x (6); column z hides B.z (12)
		expect(s.cells).toEqual(['<5', 10, '*', '*', 8, '*']);
		expect([...s.rowTotals.values()]).toEqual([20, 26]);
		expect([...s.colTotals.values()]).toEqual([9, 18, 19]);
		expect(s.total).toBe(46);
		// A.x can still be any of 1–4: A.x + A.z = 10, A.x + B.x = 9, B.x + B.z = 18
		expect([...feasibleValues(t, s).get('cell A|x')!].sort()).toEqual([1, 2, 3, 4]);
	});

	it('hides a total when a row has no other cell, and a second total when one margin is hidden', () => {
		// row B is a single "<5" cell: its row total is "<5" too, and the column of row totals then needs a second hidden one
		const t = table({ A: { x: 20, y: 30 }, B: { x: 3 }, C: { x: 9, y: 6 } });
		const s = suppressTable(t, false);
		expect(s.rowTotals.get('B')).toBe('<5');
		expect(s.cells[t.cells.findIndex((c) => c.r === 'B')]).toBe('<5');
		expect([...s.rowTotals.values()].filter((v) => typeof v === 'string').length).toBeGreaterThanOrEqual(2);
		expect(derivableSmallCells(t, s)).toEqual([]);
	});

	it('no "<5" value can be derived in tables like the attack found (one "<5" per row, row total ≥ 5)', () => {
		const t = table({
			'0-15': { a: 2, b: 14, c: 9 },
			'16-29': { a: 11, b: 1, c: 7 },
			'30-44': { a: 8, b: 12, c: 4 },
			'45-59': { a: 6, b: 5, c: 13 }
		});
		// before: each row's "<5" was its row total minus the others
		const naive = { ...suppressTable(t, true), cells: t.cells.map((c) => (c.n < 5 ? ('<5' as const) : c.n)) };
		expect(derivableSmallCells(t, naive)).toEqual(['cell 0-15|a', 'cell 16-29|b', 'cell 30-44|c']);
		expect(derivableSmallCells(t, suppressTable(t, false))).toEqual([]);
	});

	it('no "<5" value is derivable in any of 300 random tables', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		for (let k = 0; k < 300; k++) {
			const grid: Record<string, Record<string, number>> = {};
			const rows = 1 + Math.floor(rand() * 5);
			const cols = 1 + Math.floor(rand() * 5);
			for (let r = 0; r < rows; r++) {
				grid[`r${r}`] = {};
				for (let c = 0; c < cols; c++) grid[`r${r}`][`c${c}`] = rand() < 0.2 ? 0 : rand() < 0.35 ? 1 + Math.floor(rand() * 4) : 5 + Math.floor(rand() * 40);
			}
			const t = table(grid);
			expect(derivableSmallCells(t, suppressTable(t, false)), JSON.stringify(grid)).toEqual([]);
		}
	});

	it('leaves everything as it is for roles with person access, and tables without small cells', () => {
		const t = table({ A: { x: 3, y: 10 }, B: { x: 6, y: 8 } });
		expect(suppressTable(t, true).cells).toEqual([3, 10, 6, 8]);
		expect(suppressTable(table({ A: { x: 5, y: 10 } }), false).cells).toEqual([5, 10]);
	});
});
