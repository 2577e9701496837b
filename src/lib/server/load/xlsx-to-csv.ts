import { createWriteStream } from 'node:fs';

/**
 * Writes the first sheet of an .xlsx workbook as a UTF-8 CSV, every cell as text: dates as
 * YYYY-MM-DD, whole numbers without exponent, so that codes keep their digits.
 */
export async function xlsxToCsv(source: string, target: string): Promise<void> {
	// imported here: loading exceljs takes 0.4 s, which every CSV or Parquet load would pay
	const { default: ExcelJS } = await import('exceljs');
	const out = createWriteStream(target);
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		styles: 'cache',
		worksheets: 'emit'
	});
	let width = 0;
	for await (const sheet of reader) {
		for await (const row of sheet) {
			const values = (row.values as unknown[]).slice(1);
			if (width === 0) width = values.length;
			const cells: string[] = [];
			for (let i = 0; i < Math.max(width, values.length); i++) cells.push(quote(cellText(values[i])));
			if (!out.write(cells.join(',') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
		}
		break; // first sheet only (SNAPSHOT.md)
	}
	await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
	if (typeof value === 'object') {
		const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
		if (v.richText) return v.richText.map((t) => t.text).join('');
		if (v.text !== undefined) return String(v.text);
		if (v.result !== undefined) return cellText(v.result);
		return '';
	}
	return String(value);
}

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
