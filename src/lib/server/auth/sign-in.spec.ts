import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, setDisabled } from './users.ts';
import { LOCK_MS, resetSignInFailures, signIn } from './sign-in.ts';
import { useTempAccounts } from './test-users.ts';

let temp: ReturnType<typeof useTempAccounts>;
beforeEach(async () => {
	temp = useTempAccounts();
	resetSignInFailures();
	await addUser({ username: 'wang', role: 'operator', scope: '520303', password: 'right-pass' });
});
afterEach(() => temp.done());

describe('sign-in', () => {
	it('signs in with the right password and refuses a wrong one with the same message as an unknown name', async () => {
		const ok = await signIn('wang', 'right-pass');
		expect(ok.ok && ok.user.username).toBe('wang');
		expect(ok.ok && 'passwordHash' in ok.user).toBe(false);
		expect(await signIn('wang', 'wrong')).toEqual({ ok: false, message: '用户名或密码错误' });
		expect(await signIn('nobody', 'wrong')).toEqual({ ok: false, message: '用户名或密码错误' });
	});

	it('locks a name for 15 minutes after 5 wrong passwords, even for the right password', async () => {
		const t0 = Date.now();
		for (let i = 1; i <= 4; i++) expect(await signIn('wang', `wrong${i}`, t0 + i)).toMatchObject({ ok: false, message: '用户名或密码错误' });
		const fifth = await signIn('wang', 'wrong5', t0 + 5);
		expect(fifth).toMatchObject({ ok: false, locked: true });
		expect((fifth as { message: string }).message).toContain('账号已锁定，请 15 分钟后再试');
		expect(await signIn('wang', 'right-pass', t0 + 60_000)).toMatchObject({ ok: false, locked: true });
		expect((await signIn('wang', 'right-pass', t0 + LOCK_MS - 60_000)).ok).toBe(false);
		expect((await signIn('wang', 'right-pass', t0 + 5 + LOCK_MS + 1)).ok).toBe(true);
	});

	it('counts guesses made in parallel before any is checked', async () => {
		const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn('wang', i === 11 ? 'right-pass' : `guess${i}`)));
		expect(results.filter((r) => r.ok)).toHaveLength(0);
		expect(results.filter((r) => !r.ok && r.locked).length).toBeGreaterThanOrEqual(7);
	});

	it('locks unknown names the same way, and a reset lifts the lock of one name', async () => {
		for (let i = 0; i < 5; i++) await signIn('ghost', 'x');
		expect(await signIn('ghost', 'x')).toMatchObject({ locked: true });
		for (let i = 0; i < 5; i++) await signIn('wang', 'x');
		resetSignInFailures('wang');
		expect((await signIn('wang', 'right-pass')).ok).toBe(true);
		expect(await signIn('ghost', 'x')).toMatchObject({ locked: true });
	});

	it('tells a disabled user so only when the password was right', async () => {
		setDisabled('wang', true);
		expect(await signIn('wang', 'wrong')).toEqual({ ok: false, message: '用户名或密码错误' });
		expect(await signIn('wang', 'right-pass')).toEqual({ ok: false, message: '该账号已停用，请联系管理员' });
	});

	it('refuses over-long input without hashing it', async () => {
		expect(await signIn('x'.repeat(65), 'a')).toEqual({ ok: false, message: '用户名或密码错误' });
		expect(await signIn('wang', 'a'.repeat(10_000))).toEqual({ ok: false, message: '用户名或密码错误' });
	});
});
