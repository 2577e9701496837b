import { userInfo } from 'node:os';
import { InputError } from '../../lib/server/errors.ts';
import { ROLE_LABELS, ROLES } from '../../lib/shared/roles.ts';
import { usersPath } from '../../lib/server/auth/users.ts';
import {
	createUser, deleteUser, disableUser, issueUserToken, listManagedUsers, resetUserPassword, revokeUserToken, type Actor
} from '../../lib/server/auth/user-admin.ts';
import { parseCommand, printJson } from '../args.ts';

const USAGE = `用法：canbao user <子命令>
  add 用户名 --role 角色 --scope 代码 [--name 显示名] [--password 密码]   新建账号（不给密码则生成一个，只显示一次）
  list [--json]                                                          全部账号
  disable 用户名 | enable 用户名                                          停用 / 启用（停用立即结束其会话和令牌）
  remove 用户名                                                           删除账号（网页上只能停用）
  reset 用户名 [--password 密码]                                          重设密码（不给则生成一个，只显示一次）
  token 用户名 [--revoke]                                                 为脚本发放 API 令牌（只显示一次；旧令牌作废）
角色：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}
账号文件：CANBAO_USERS 或 data/users.json；操作记入审计日志（CANBAO_AUDIT 或 data/audit.log）。`;

/** The command line on the server machine: whoever can run it may manage every account. */
function cliActor(): Actor {
	let name = 'unknown';
	try {
		name = userInfo().username;
	} catch {
		// no passwd entry (containers)
	}
	return { username: `cli:${name}`, role: 'cli', scope: '' };
}

/** `canbao user add|list|disable|enable|reset|token …` */
export async function runUser(args: string[]): Promise<number> {
	const parsed = parseCommand(args, {
		role: { type: 'string' },
		scope: { type: 'string' },
		name: { type: 'string' },
		password: { type: 'string' },
		revoke: { type: 'boolean' },
		help: { type: 'boolean' }
	});
	const values = parsed.values as Record<string, string | boolean | undefined>;
	const positionals = parsed.positionals;
	const [sub, username, ...extra] = positionals;
	if (!sub || values.help) {
		console.log(USAGE);
		return sub || values.help ? 0 : 2;
	}
	if (extra.length > 0) throw new InputError(`多余的参数：${extra.join(' ')}\n${USAGE}`);
	const actor = cliActor();
	const need = () => {
		if (!username) throw new InputError(`缺少用户名：canbao user ${sub} 用户名`);
		return username;
	};
	switch (sub) {
		case 'add': {
			if (!values.role) throw new InputError(`缺少 --role 角色（${ROLES.join('、')}）`);
			if (!values.scope) throw new InputError('缺少 --scope 权限范围（行政区划代码前缀，如 52、5203）');
			const { user, password } = await createUser(actor, {
				username: need(),
				role: values.role as string,
				scope: values.scope as string,
				displayName: values.name as string | undefined,
				password: values.password as string | undefined
			});
			if (values.json) printJson({ ...user, ...(values.password ? {} : { password }) });
			else {
				console.log(`已新建 ${user.username}（${ROLE_LABELS[user.role]}，范围 ${user.scope}）`);
				if (!values.password) console.log(`初始密码（只显示这一次）：${password}`);
			}
			return 0;
		}
		case 'list': {
			const users = listManagedUsers(actor);
			if (values.json) printJson(users);
			else {
				console.log(`账号文件：${usersPath()}`);
				for (const u of users) {
					const state = [u.disabled ? '已停用' : '正常', u.hasToken ? '有令牌' : ''].filter(Boolean).join('，');
					console.log(`  ${u.username.padEnd(14)} ${ROLE_LABELS[u.role].padEnd(4)} 范围 ${u.scope.padEnd(12)} ${state}  ${u.displayName}`);
				}
			}
			return 0;
		}
		case 'disable':
		case 'enable':
			disableUser(actor, need(), sub === 'disable');
			console.log(`${username} 已${sub === 'disable' ? '停用' : '启用'}`);
			return 0;
		case 'remove':
			deleteUser(actor, need());
			console.log(`${username} 已删除`);
			return 0;
		case 'reset': {
			const password = await resetUserPassword(actor, need(), values.password as string | undefined);
			console.log(`${username} 的密码已重设，其会话已全部结束`);
			if (!values.password) console.log(`新密码（只显示这一次）：${password}`);
			return 0;
		}
		case 'token':
			if (values.revoke) {
				revokeUserToken(actor, need());
				console.log(`${username} 的 API 令牌已作废`);
			} else {
				const token = issueUserToken(actor, need());
				if (values.json) printJson({ username, token });
				else console.log(`${username} 的 API 令牌（只显示这一次，旧令牌已作废）：\n${token}\n用法：curl -H "Authorization: Bearer ${token.slice(0, 8)}…" http://服务器/api/metrics?region=…`);
			}
			return 0;
		default:
			throw new InputError(`未知子命令：${sub}\n${USAGE}`);
	}
}
