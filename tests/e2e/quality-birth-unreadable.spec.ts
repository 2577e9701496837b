import { expect, test } from '@playwright/test';
import { cli, signIn, sqlCount } from './helpers.ts';

type Metrics = { metrics: Record<string, number> };

// issue 15 item 7: 出生日期无法识别 is a rule of the 数据质量 page (counted at load), not a metric of `canbao metrics`
test('数据质量: 出生日期无法识别 is shown beside the metrics rules, counted as the loader flagged it, and is no metric', async ({ page }) => {
	const supervisor = await signIn(page, 'duda', '/quality');
	const m = cli<Metrics>('metrics', '--region', supervisor.scope).metrics;
	expect(m).not.toHaveProperty('birth_unreadable');
	const snapshot = cli<{ as_of: string }[]>('snapshots').at(-1)!.as_of; // the page's default snapshot
	const flagged = await sqlCount(
		`SELECT count(*) FROM persons WHERE as_of = DATE '${snapshot}' AND starts_with(code, '${supervisor.scope}') AND dq_birth_unreadable`
	);
	await page.goto(`/quality?region=${supervisor.scope}&rule=birth_unreadable`);
	await expect(page.getByTestId('rule-birth_unreadable')).toHaveText(flagged.toLocaleString('en-US'));
	await expect(page.getByRole('heading', { name: '问题清单 · 出生日期无法识别' })).toBeVisible();
	if (flagged === 0) await expect(page.getByText('该规则下没有问题记录')).toBeVisible();
});
