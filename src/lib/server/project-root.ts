import { resolve } from 'node:path';

/** The project folder: queries/, src/lib/codes/ and node_modules/ are read from here at run time. */
export function projectRoot(): string {
	return resolve(process.env.CANBAO_ROOT ?? process.cwd());
}

/** The database the web app and the CLI use unless `--db` says otherwise. */
export function defaultDatabasePath(): string {
	return resolve(process.env.CANBAO_DB ?? resolve(projectRoot(), 'data', 'canbao.duckdb'));
}
