import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
}

const EXTENSIONS: [string, FileFormat][] = [
	['.csv', 'csv'],
	['.tsv', 'csv'],
	['.txt', 'csv'],
	['.parquet', 'parquet'],
	['.xlsx', 'xlsx']
];

/** True when `dir` itself holds a snapshot (a persons file), rather than snapshot folders. */
export function isSnapshotFolder(dir: string): boolean {
	return EXTENSIONS.some(([ext]) => existsSync(join(dir, `persons${ext}`)));
}

/** The snapshot folders inside `dir`, or `dir` itself when it is one; in as-of order. */
export function findSnapshotFolders(dir: string): string[] {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new LoadRefusal(`快照文件夹不存在：${dir}`, dir);
	}
	if (isSnapshotFolder(dir)) return [dir];
	const children = readdirSync(dir)
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isDirectory() && isSnapshotFolder(path))
		.sort();
	if (children.length === 0) {
		throw new LoadRefusal(`${dir} 中没有 persons.csv（人员基础信息），也没有快照子文件夹`, join(dir, 'persons.csv'));
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
	const scope = manifest.scope === undefined || manifest.scope === null ? null : String(manifest.scope).trim();
	if (scope !== null && !/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/.test(scope)) {
		throw new LoadRefusal(`manifest.json 的 scope“${scope}”不是有效的行政区划代码前缀`, join(dir, 'manifest.json'), 'scope');
	}
	const files: SnapshotFolder['files'] = {};
	for (const table of [...REQUIRED_TABLES, ...OPTIONAL_TABLES]) {
		const file = findTableFile(dir, table);
		if (file) files[table] = file;
		else if (REQUIRED_TABLES.includes(table)) {
			throw new LoadRefusal(
				`缺少必需文件 ${table}.csv（${TABLE_LABELS[table]}）：${dir} 中没有 ${table}.csv、${table}.parquet 或 ${table}.xlsx`,
				join(dir, `${table}.csv`)
			);
		}
	}
	return { dir, asOf, scope: scope || null, label: manifest.label ?? null, files };
}

function findTableFile(dir: string, table: TableName): TableFile | null {
	for (const [ext, format] of EXTENSIONS) {
		const path = join(dir, `${table}${ext}`);
		if (existsSync(path)) return { table, path, format };
	}
	return null;
}

interface Manifest {
	as_of?: string;
	scope?: string | null;
	label?: string;
}

function readManifest(dir: string): Manifest {
	const path = join(dir, 'manifest.json');
	if (!existsSync(path)) return {};
	try {
		const value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
		if (typeof value !== 'object' || value === null) throw new Error('not an object');
		return value as Manifest;
	} catch (error) {
		throw new LoadRefusal(`manifest.json 无法读取：不是有效的 JSON（${(error as Error).message}）`, path);
	}
}

export function isIsoDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
