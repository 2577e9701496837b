import { error } from '@sveltejs/kit';
import { permissionsOf, requireRegion } from '../../auth/access.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import type { PublicUser } from '../../auth/users.ts';

/**
 * The pack holds every person's full details (附件1 is signed by the person): only a role with full
 * person access (经办) inside its scope may open, print or download it. A refusal is audited too, so
 * attempts by other roles show in the log.
 */
export function requirePackAccess(user: PublicUser | null | undefined, region: string | null, action: string): string {
	const code = requireRegion(user, region);
	const signedIn = user as PublicUser;
	if (permissionsOf(signedIn).persons !== 'full') {
		recordAudit({ user: signedIn.username, role: signedIn.role, action: `${action}-refused`, query: { region: code }, rows: 0 });
		error(403, '入户调查包含完整个人信息，仅经办角色可打印或下载');
	}
	if (code.length !== 9 && code.length !== 12) error(400, '入户调查包按村（社区）或乡镇（街道）生成，请先选择乡镇或村');
	return code;
}
