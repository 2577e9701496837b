/** Where to go after signing in: only a path of this site (no `//host`, no `/\host`, no scheme). */
export function safeNext(next: unknown): string {
	const path = typeof next === 'string' ? next : '/';
	if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || /[\u0000-\u001f]/.test(path)) return '/';
	if (path.startsWith('/login') || path.startsWith('/logout')) return '/';
	return path;
}
