import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LoadRefusal } from './refusal.ts';
import { OPTIONAL_TABLES, REQUIRED_TABLES, TABLE_LABELS, type TableName } from './columns.ts';

export type FileFormat = 'csv' | 'parquet' | 'xlsx';

export interface TableFile {
	table: TableName;
	path: string;
	format: FileFormat;
}

export interface SnapshotFolder {
	dir: string;
	asOf: string;
	scope: string | null;
	label: string | null;
	files: Partial<Record<TableName, TableFile>>;
	/** The sheet to read of each .xlsx table file (manifest.json "sheets"). */
	sheets: Partial<Record<TableName, string>>;
}

const EXTENSIONS: [string, FileFormat][] = [
	['.csv', 'csv'],
	['.tsv', 'csv'],
	['.txt', 'csv'],
	['.parquet', 'parquet'],
	['.xlsx', 'xlsx']
];
/** Formats recognised only to be refused with advice. */
const REFUSED_EXTENSIONS = ['.xls', '.et', '.numbers', '.ods'];

/** True when `dir` itself holds a snapshot (a persons file), rather than snapshot folders. */
export function isSnapshotFolder(dir: string): boolean {
	return [...EXTENSIONS.map(([ext]) => ext), ...REFUSED_EXTENSIONS].some((ext) => existsSync(join(dir, `persons${ext}`)));
}

/** The snapshot folders inside `dir`, or `dir` itself when it is one; in as-of order. */
export function findSnapshotFolders(dir: string): string[] {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new LoadRefusal(`快照文件夹不存在：${basename(dir)}`, dir);
	}
	if (isSnapshotFolder(dir)) return [dir];
	const children = readdirSync(dir)
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isDirectory() && isSnapshotFolder(path))
		.sort();
	if (children.length === 0) {
		throw new LoadRefusal(`${basename(dir)} 中没有 persons.csv（人员基础信息），也没有快照子文件夹`, join(dir, 'persons.csv'));
	}
	return children;
}

/** Reads a folder's manifest and finds its table files; refuses a folder that cannot load. */
export function inspectSnapshotFolder(dir: string): SnapshotFolder {
	const manifest = readManifest(dir);
	const asOf = manifest.as_of ?? basename(dir);
	if (!isIsoDate(asOf)) {
		const where = manifest.as_of !== undefined ? `manifest.json 的 as_of` : `文件夹名`;
		throw new LoadRefusal(
			`快照日期无效：${where}“${asOf}”不是有效日期，应为 YYYY-MM-DD（如 2016-12-31）`,
			manifest.as_of !== undefined ? join(dir, 'manifest.json') : dir,
			'as_of'
		);
	}
	if (manifest.as_of !== undefined && isIsoDate(basename(dir)) && basename(dir) !== manifest.as_of) {
		throw new LoadRefusal(
			`快照日期不一致：文件夹名是“${basename(dir)}”，manifest.json 的 as_of 却是“${manifest.as_of}”；请改正其中一个`,
			join(dir, 'manifest.json'),
			'as_of'
		);
	}
	const scope = manifest.scope === undefined || manifest.scope === null ? null : String(manifest.scope).trim();
	if (scope !== null && !/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/.test(scope)) {
		throw new LoadRefusal(`manifest.json 的 scope“${scope}”不是有效的行政区划代码前缀`, join(dir, 'manifest.json'), 'scope');
	}
	if (isIsoDate(asOf) && asOf > todayInChina()) {
		throw new LoadRefusal(`快照日期“${asOf}”在今天（${todayInChina()}）之后：统计时点不能是将来的日期`, manifest.as_of !== undefined ? join(dir, 'manifest.json') : dir, 'as_of');
	}
	const files: SnapshotFolder['files'] = {};
	for (const table of [...REQUIRED_TABLES, ...OPTIONAL_TABLES]) {
		const file = findTableFile(dir, table);
		if (file) files[table] = file;
		else if (REQUIRED_TABLES.includes(table)) {
			throw new LoadRefusal(
				`缺少必需文件 ${table}.csv（${TABLE_LABELS[table]}）：${basename(dir)} 中没有 ${table}.csv、${table}.parquet 或 ${table}.xlsx`,
				join(dir, `${table}.csv`)
			);
		}
	}
	return { dir, asOf, scope: scope || null, label: manifest.label ?? null, files, sheets: manifestSheets(dir, manifest) };
}

/** manifest.json "sheets": {"persons": "工作表名", …}, the sheet to read of each .xlsx file. */
function manifestSheets(dir: string, manifest: Manifest): SnapshotFolder['sheets'] {
	const sheets = manifest.sheets;
	if (sheets === undefined || sheets === null) return {};
	const tables = [...REQUIRED_TABLES, ...OPTIONAL_TABLES] as string[];
	if (typeof sheets !== 'object' || Object.entries(sheets).some(([k, v]) => !tables.includes(k) || typeof v !== 'string')) {
		throw new LoadRefusal(
			`manifest.json 的 sheets 应写成 {"persons": "工作表名"} 的形式（表名为 ${tables.join('、')}）`,
			join(dir, 'manifest.json'),
			'sheets'
		);
	}
	return sheets as SnapshotFolder['sheets'];
}

/** The calendar day in China (UTC+8), against which an as-of date must not lie in the future. */
export function todayInChina(now = Date.now()): string {
	return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

function findTableFile(dir: string, table: TableName): TableFile | null {
	for (const ext of REFUSED_EXTENSIONS) {
		const path = join(dir, `${table}${ext}`);
		if (existsSync(path) && !EXTENSIONS.some(([e]) => existsSync(join(dir, `${table}${e}`)))) {
			throw new LoadRefusal(
				ext === '.xls'
					? `${table}${ext} 是 Excel 97–2003 工作簿（.xls），无法读取；请在 Excel 或 WPS 中打开，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入 ${table}.xlsx`
					: `${table}${ext} 的格式无法读取；请另存为 Excel 工作簿（.xlsx）或 CSV（UTF-8）后再导入`,
				path
			);
		}
	}
	for (const [ext, format] of EXTENSIONS) {
		const path = join(dir, `${table}${ext}`);
		if (!existsSync(path) && !isLink(path)) continue;
		const stat = lstatSync(path);
		if (stat.isSymbolicLink()) {
			throw new LoadRefusal(`${table}${ext} 是符号链接（快捷方式），不予读取；请把文件本身放进快照文件夹`, path);
		}
		if (!stat.isFile()) throw new LoadRefusal(`${table}${ext} 不是普通文件`, path);
		return { table, path, format };
	}
	return null;
}

function isLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

interface Manifest {
	as_of?: string;
	scope?: string | null;
	label?: string;
	sheets?: Record<string, unknown> | null;
}

function readManifest(dir: string): Manifest {
	const path = join(dir, 'manifest.json');
	if (!existsSync(path)) return {};
	try {
		const value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
		if (typeof value !== 'object' || value === null) throw new Error('not an object');
		return value as Manifest;
	} catch (error) {
		throw new LoadRefusal(`manifest.json 无法读取：不是有效的 JSON`, path);
	}
}

export function isIsoDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
