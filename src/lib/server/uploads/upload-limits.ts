import { InputError } from '../errors.ts';

/** A limit of this module was hit: the upload is refused as a whole and its files removed. */
export class LimitError extends InputError {
	constructor(message: string) {
		super(message);
		this.name = 'LimitError';
	}
}

/**
 * Limits on what an upload may hold (issue 14, finding 5: compression bombs and quotas). Each can be
 * changed by an environment variable (bytes, or a count); docs/security.md lists them with defaults.
 * Read on every use, so a test or an installation can change them without a restart of the module.
 */
export interface UploadLimits {
	/** one uploaded or unpacked file */
	fileBytes: number;
	/** everything one upload sends */
	uploadBytes: number;
	/** files one upload sends */
	uploadFiles: number;
	/** everything the zips of one upload unpack to */
	unpackedBytes: number;
	/** entries in one zip (or xlsx) */
	zipEntries: number;
	/** uncompressed / compressed size of one entry, checked for entries above `ratioFloorBytes` */
	ratio: number;
	ratioFloorBytes: number;
	/** everything one .xlsx workbook unpacks to (exceljs reads it in memory) */
	xlsxUnpackedBytes: number;
	/** the workbook's shared strings (xl/sharedStrings.xml), kept in memory whole by the reader */
	xlsxStringsBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: UploadLimits = {
	fileBytes: 4 * GiB,
	uploadBytes: 8 * GiB,
	uploadFiles: 200,
	unpackedBytes: 16 * GiB,
	zipEntries: 1000,
	ratio: 200,
	ratioFloorBytes: 1 * MiB,
	xlsxUnpackedBytes: 2 * GiB,
	xlsxStringsBytes: 256 * MiB
};

export const LIMIT_ENV: Record<keyof UploadLimits, string> = {
	fileBytes: 'CANBAO_UPLOAD_MAX_FILE_BYTES',
	uploadBytes: 'CANBAO_UPLOAD_MAX_BYTES',
	uploadFiles: 'CANBAO_UPLOAD_MAX_FILES',
	unpackedBytes: 'CANBAO_UPLOAD_MAX_UNPACKED_BYTES',
	zipEntries: 'CANBAO_UPLOAD_MAX_ZIP_ENTRIES',
	ratio: 'CANBAO_UPLOAD_MAX_RATIO',
	ratioFloorBytes: 'CANBAO_UPLOAD_RATIO_FLOOR_BYTES',
	xlsxUnpackedBytes: 'CANBAO_XLSX_MAX_UNPACKED_BYTES',
	xlsxStringsBytes: 'CANBAO_XLSX_MAX_STRINGS_BYTES'
};

/** The limits in force: the defaults, each replaced by its environment variable when that is a positive number. */
export function uploadLimits(env: Record<string, string | undefined> = process.env): UploadLimits {
	const out = { ...DEFAULT_LIMITS };
	for (const key of Object.keys(LIMIT_ENV) as (keyof UploadLimits)[]) {
		const value = Number(env[LIMIT_ENV[key]]);
		if (env[LIMIT_ENV[key]] !== undefined && Number.isFinite(value) && value > 0) out[key] = value;
	}
	return out;
}

/** A size for a message: 1.5 GB, 300 MB, 12 KB (binary units, as file managers show them). */
export function sizeText(bytes: number): string {
	if (bytes >= GiB) return `${(bytes / GiB).toFixed(1).replace(/\.0$/, '')} GB`;
	if (bytes >= MiB) return `${(bytes / MiB).toFixed(1).replace(/\.0$/, '')} MB`;
	return `${Math.ceil(bytes / 1024)} KB`;
}
