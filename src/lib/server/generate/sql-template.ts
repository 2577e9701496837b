import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Values that may be spliced into generator SQL: checked numbers, digit codes, or a file path. */
export type TemplateValue = number | { code: string } | { path: string } | { raw: CopyOptions };
/** COPY options are chosen from a fixed list, never from user text. */
export type CopyOptions = 'csv-header' | 'csv-noheader' | 'parquet';

const COPY_OPTIONS: Record<CopyOptions, string> = {
	'csv-header': "FORMAT csv, HEADER true, DELIMITER ','",
	'csv-noheader': "FORMAT csv, HEADER false, DELIMITER ','",
	parquet: 'FORMAT parquet, COMPRESSION zstd'
};

/** The project folder the queries are read from (bin/canbao.js sets CANBAO_ROOT). */
export function generatorRoot(): string {
	return resolve(process.env.CANBAO_ROOT ?? process.cwd());
}

const cache = new Map<string, string>();

/** Text of queries/generate/<name>.sql. */
export function generatorSql(name: string): string {
	let text = cache.get(name);
	if (text === undefined) {
		text = readFileSync(resolve(generatorRoot(), 'queries', 'generate', `${name}.sql`), 'utf8');
		cache.set(name, text);
	}
	return text;
}

/** One value as SQL text; anything that is not provably safe throws. */
export function renderValue(value: TemplateValue): string {
	if (typeof value === 'number') {
		if (!Number.isFinite(value) || !Number.isInteger(value)) throw new Error(`not an integer: ${value}`);
		return String(value);
	}
	if ('code' in value) {
		if (!/^\d{1,12}$/.test(value.code)) throw new Error(`not a region code: ${value.code}`);
		return value.code;
	}
	if ('path' in value) {
		if (/[\0\n\r]/.test(value.path)) throw new Error('bad path');
		return value.path.replaceAll("'", "''");
	}
	const options = COPY_OPTIONS[value.raw];
	if (!options) throw new Error(`unknown copy options: ${String(value.raw)}`);
	return options;
}

/** Replaces every {{name}} of the text; a placeholder without a value is an error. */
export function fillTemplate(text: string, values: Record<string, TemplateValue>): string {
	return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
		if (!(key in values)) throw new Error(`no value for {{${key}}}`);
		return renderValue(values[key]);
	});
}

/** queries/generate/<name>.sql with its placeholders filled. */
export function renderQuery(name: string, values: Record<string, TemplateValue>): string {
	return fillTemplate(generatorSql(name), values);
}
