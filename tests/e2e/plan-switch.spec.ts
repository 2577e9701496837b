import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers.ts';

async function switchPreset(page: Page, preset: string) {
	await page.goto('/admin/plan');
	await page.getByLabel('改用预设计划').selectOption(preset);
	await page.getByRole('button', { name: '切换' }).click();
	await expect(page.getByRole('status')).toContainText('已保存为第');
}

test('a 管理员 switches the plan to 连云港 and 总览 shows its stages, overlapping ones together', async ({ page }) => {
	await signIn(page, 'admin');
	try {
		await switchPreset(page, 'lianyungang');
		await expect(page.getByTestId('plan-name')).toHaveText('连云港市全民参保登记计划实施细则（2016年）');
		// 2016-03-31 lies in 宣传发动 and 实施准备 (2016年2—3月) and in 信息汇集比对 (3—4月) at once (seed 002)
		await page.goto('/overview?region=52&snapshot=2016-03-31');
		const schedule = page.locator('dl.schedule');
		await expect(schedule).toContainText('全市（2016年2月启动）');
		await expect(schedule.locator('dd strong')).toHaveText('宣传发动、实施准备、信息汇集比对');
		await page.goto('/overview?region=52&snapshot=2016-12-31');
		await expect(schedule.locator('dd strong')).toHaveText('总结评估');
	} finally {
		await switchPreset(page, 'guizhou');
	}
	await page.goto('/overview?region=52&snapshot=2016-12-31');
	await expect(page.locator('dl.schedule dd strong')).toHaveText('入户调查');
});
