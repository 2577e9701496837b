import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

// scrypt is memory-hard: N=2^15, r=8 needs 32 MiB per hash, which makes offline guessing expensive.
const N = 1 << 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;
/** Longer input is refused before hashing: nobody types more, and it bounds the work per request. */
export const MAX_PASSWORD_LENGTH = 256;

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
	return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when `password` matches `stored`; false (never an exception) for a malformed or foreign hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	if (typeof password !== 'string' || password.length > MAX_PASSWORD_LENGTH) return false;
	const [scheme, n, r, p, salt, key] = String(stored).split('$');
	const cost = { N: Number(n), r: Number(r), p: Number(p) };
	// parameters come from the users file: accept only sane ones, so a damaged file cannot exhaust memory
	const sane =
		scheme === 'scrypt' && salt && key && Number.isInteger(cost.N) && cost.N >= 2 && cost.N <= 1 << 20 &&
		(cost.N & (cost.N - 1)) === 0 && cost.r >= 1 && cost.r <= 16 && cost.p >= 1 && cost.p <= 4;
	if (!sane) return false;
	const expected = Buffer.from(key, 'base64');
	if (expected.length < 16) return false;
	try {
		const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { ...cost, maxmem: MAX_MEMORY });
		return timingSafeEqual(actual, expected);
	} catch {
		return false;
	}
}

let dummy: Promise<string> | null = null;

/**
 * Spends the same time as checking a real password, for a user name that does not exist: the answer
 * time then does not tell which names have accounts.
 */
export async function verifyNothing(password: string): Promise<false> {
	dummy ??= hashPassword(randomBytes(16).toString('base64'));
	await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), await dummy);
	return false;
}
