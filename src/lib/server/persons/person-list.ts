import { PassThrough, Readable } from 'node:stream';
import { error, json } from '@sveltejs/kit';
import type { PublicUser } from '../auth/users.ts';
import { permissionsOf, requirePermission } from '../auth/access.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { attachment, CSV_TYPE, XLSX_TYPE } from '../excel/workbook.ts';
import { tableWriter, type TableFormat } from '../excel/table-stream.ts';
import { EXPORT_PAGE, pageOf, PAGE_SIZE, splitPage } from './paging.ts';
import type { PersonPage } from './lists.ts';
import type { PersonAccess } from './present.ts';

/**
 * The person-list toolkit: a list is declared once (`OpenList`: checks the request, then says its rows,
 * audit and export), and two adapters make its endpoints — `listPage` the JSON page (…/persons,
 * …/rows) and `listExport` the download (…/export, Excel or `format=csv`). Every list of persons goes
 * through here, so the paging, the audit record and the streamed export are written once.
 */
export type ListMode = 'page' | 'export';

export interface PersonList {
	/** one window of rows, already masked for the role (present.ts maskRow) */
	read(limit: number, offset: number): Promise<PersonPage>;
	user: PublicUser;
	/** the page named in the audit record of a list page, e.g. '/groups' */
	page: string;
	/** what was asked, as the audit log records it (the page adds `page` and `list_page`) */
	query: Record<string, unknown>;
	/** how the list is exported (a list without it has no export) */
	export?: {
		/** the audit action, e.g. 'export-groups' */
		action: string;
		title: string;
		about: string[];
		/** without the extension, e.g. 扩面人群名单-520102-2016-12-31 */
		fileName: string;
	};
}

/** The request as a list needs it (a SvelteKit RequestEvent is one). */
export interface ListRequest {
	locals: { user: PublicUser | null };
	url: URL;
	params: Record<string, string | undefined>;
}

export type OpenList = (event: ListRequest, mode: ListMode) => Promise<PersonList>;

/**
 * The access level of a list: a page needs the `persons` permission (its value is the level), an export
 * `exportPersons`, the level then being `persons` (full or masked). 403 otherwise.
 */
export function listAccess(user: PublicUser | null | undefined, mode: ListMode): PersonAccess {
	if (mode === 'page') return requirePermission(user, 'persons') as PersonAccess;
	requirePermission(user, 'exportPersons');
	return permissionsOf(user as PublicUser).persons === 'full' ? 'full' : 'masked';
}

/** GET of one page (JSON: columns, rows, page, hasMore), audited as view-persons; `pageSize` for tests. */
export function listPage(open: OpenList, pageSize = PAGE_SIZE) {
	return async (event: ListRequest): Promise<Response> => {
		const list = await open(event, 'page');
		const page = pageOf(event.url.searchParams.get('page'));
		const result = await list.read(pageSize + 1, (page - 1) * pageSize);
		const { rows, hasMore } = splitPage(result.rows, pageSize);
		recordAudit({ user: list.user.username, role: list.user.role, action: 'view-persons', query: { page: list.page, ...list.query, list_page: page }, rows: rows.length });
		return json({ columns: result.columns, rows, page, hasMore });
	};
}

export interface ExportOptions {
	/** rows read from the database at a time (default EXPORT_PAGE) */
	readPage?: number;
	/** data rows a sheet holds before the next one starts (default: as many as Excel allows) */
	sheetRows?: number;
}

export function readFormat(value: string | null): TableFormat {
	if (value === null || value === '' || value === 'xlsx') return 'xlsx';
	if (value === 'csv') return 'csv';
	error(400, `导出格式“${value.slice(0, 20)}”无效：应为 xlsx 或 csv`);
}

/**
 * GET of the whole list as a download, streamed: the rows are read in pages of `readPage` and written
 * to the response as they come (bounded memory, no row limit; more sheets past Excel's row limit).
 * The first page is read before the response starts, so a bad request still answers 400/403/503.
 * The audit record is written once, when the last row has been written and before the file's last
 * bytes leave (so it is in the log when the download completes), with the number of rows; an export
 * the client broke off is recorded with the rows written so far and `incomplete: true`.
 */
export function listExport(open: OpenList, options: ExportOptions = {}) {
	return async (event: ListRequest): Promise<Response> => {
		const list = await open(event, 'export');
		const about = list.export;
		if (!about) error(404, '此名单不提供导出');
		const format = readFormat(event.url.searchParams.get('format'));
		const size = options.readPage ?? EXPORT_PAGE;
		const first = await list.read(size, 0);
		const out = new PassThrough();
		const writer = tableWriter(format, out, { title: about.title, about: about.about, columns: first.columns }, { sheetRows: options.sheetRows });
		let audited = false;
		const audit = (incomplete: boolean) => {
			if (audited) return;
			audited = true;
			const query = { ...list.query, ...(format === 'csv' ? { format } : {}), ...(incomplete ? { incomplete: true } : {}) };
			recordAudit({ user: list.user.username, role: list.user.role, action: about.action, query, rows: writer.rows });
		};
		void (async () => {
			try {
				let page = first;
				for (let offset = 0; ; ) {
					await writer.add(page.rows);
					offset += page.rows.length;
					if (out.destroyed) return audit(true);
					if (page.rows.length < size) break;
					page = await list.read(size, offset);
				}
				audit(false);
				await writer.finish();
			} catch (e) {
				audit(true);
				console.error('导出中断：', (e as Error).message);
				out.destroy(e as Error);
			}
		})();
		return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
			headers: {
				'content-type': format === 'csv' ? CSV_TYPE : XLSX_TYPE,
				'content-disposition': attachment(`${about.fileName}.${format}`)
			}
		});
	};
}
