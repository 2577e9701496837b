import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip archives for the tests, written by hand so that a test can lie (a declared size smaller than
 * the data) or expand to 1 GiB from a few MB: `zeros(n)` is raw DEFLATE data for n MiB of zeros made
 * of one fully flushed 1 MiB block repeated (each block starts afresh), closed by an empty final block.
 */
export interface TestEntry {
	name: string;
	/** stored (method 0) content, or the deflated data with its real size and CRC */
	data: Buffer | { deflated: Buffer; size: number; crc: number };
	/** what the directory claims, when a test lies */
	declaredSize?: number;
	declaredCrc?: number;
}

export function zeros(mib: number): { deflated: Buffer; size: number; crc: number } {
	const block = Buffer.alloc(1 << 20);
	const one = deflateRawSync(block, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
	let crc = 0;
	for (let i = 0; i < mib; i++) crc = crc32(block, crc);
	const deflated = Buffer.concat([...Array.from({ length: mib }, () => one), Buffer.from([0x03, 0x00])]);
	return { deflated, size: mib << 20, crc };
}

export function deflated(content: string | Buffer): { deflated: Buffer; size: number; crc: number } {
	const raw = Buffer.from(content);
	return { deflated: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
}

export function buildZip(entries: TestEntry[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name, 'utf8');
		const stored = Buffer.isBuffer(e.data);
		const body = Buffer.isBuffer(e.data) ? e.data : e.data.deflated;
		const size = e.declaredSize ?? (Buffer.isBuffer(e.data) ? e.data.length : e.data.size);
		const crc = e.declaredCrc ?? (Buffer.isBuffer(e.data) ? crc32(e.data) : e.data.crc);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x800, 6);
		local.writeUInt16LE(stored ? 0 : 8, 8);
		local.writeUInt32LE(crc >>> 0, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x800, 8);
		central.writeUInt16LE(stored ? 0 : 8, 10);
		central.writeUInt32LE(crc >>> 0, 16);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, body);
		centrals.push(central, name);
		offset += 30 + name.length + body.length;
	}
	const dir = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(dir.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, dir, end]);
}
