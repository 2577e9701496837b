import { PassThrough } from 'node:stream';
import { tableWriter } from '../excel/table-stream.ts';
import type { Column, ListRow } from './present.ts';

export { attachment, XLSX_TYPE } from '../excel/workbook.ts';

/**
 * A person list as an Excel workbook in memory: a title, what was asked (region, snapshot, group …) and
 * the rows as shown on the page (already masked for the role). The same writer as the streamed exports
 * (src/lib/server/excel/table-stream.ts), for callers that want a Buffer (tests, the CLI).
 */
export interface PersonExport {
	title: string;
	about: string[];
	columns: Column[];
	rows: ListRow[];
	/** data rows a sheet holds before the next sheet starts (default: Excel's limit) */
	sheetRows?: number;
}

export async function personsWorkbook(x: PersonExport): Promise<Buffer> {
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	out.on('data', (c: Buffer) => chunks.push(c));
	const ended = new Promise((resolve) => out.on('end', resolve));
	const writer = tableWriter('xlsx', out, { title: x.title, about: x.about, columns: x.columns }, { sheetRows: x.sheetRows });
	await writer.add(x.rows);
	await writer.finish();
	await ended;
	return Buffer.concat(chunks);
}
