import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { availableParallelism, totalmem } from 'node:os';

export interface SessionOptions {
	/** scratch folder for DuckDB's spill files */
	tempDir: string;
	threads?: number;
	memoryLimit?: string;
}

/**
 * An in-memory DuckDB for the generator. The memory limit is a quarter of RAM, at most 4 GB: the
 * chunks are sized so that this is plenty, and anything larger spills to tempDir.
 * preserve_insertion_order stays on, so scans that merge chunk files keep their order.
 */
export async function openSession(options: SessionOptions): Promise<DuckDBConnection> {
	const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism()));
	const memory = options.memoryLimit ?? `${Math.max(1, Math.min(4, Math.floor(totalmem() / 4 / 2 ** 30)))}GB`;
	const instance = await DuckDBInstance.create(':memory:', {
		threads: String(threads),
		memory_limit: memory,
		temp_directory: options.tempDir,
		preserve_insertion_order: 'true'
	});
	return instance.connect();
}
