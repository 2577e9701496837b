import { expect, test, type Page } from '@playwright/test';
import { cli, signIn } from './helpers.ts';

/**
 * Issue 20: the trend repeated ticks (2017-12, 2017-12, 2018-01) with one snapshot and its labels
 * collided (99%/100%, 目标 90% on a band label and on the last point's label). The chart is drawn in
 * SVG, so every label is a <text>: tick labels must be distinct and no two texts may overlap.
 */
interface Box { text: string; x: number; y: number; w: number; h: number }

async function texts(page: Page): Promise<Box[]> {
	const chart = page.locator('.chart[aria-label$="变化趋势"]').first();
	await expect(chart).toHaveAttribute('data-ready', 'true');
	await page.waitForTimeout(300);
	return chart.locator('svg text').evaluateAll((nodes) =>
		nodes
			.map((n) => ({ n, r: n.getBoundingClientRect() }))
			.filter(({ n, r }) => (n.textContent ?? '').trim() !== '' && r.width > 0 && getComputedStyle(n).visibility !== 'hidden' && n.getAttribute('opacity') !== '0')
			.map(({ n, r }) => ({ text: (n.textContent ?? '').trim(), x: r.x, y: r.y, w: r.width, h: r.height }))
	);
}

function overlaps(boxes: Box[]): string[] {
	const found: string[] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const [a, b] = [boxes[i], boxes[j]];
			const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
			const iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
			if (ix > 1 && iy > 1) found.push(`${a.text} × ${b.text}`);
		}
	return found;
}

// the generated quarters only: the upload tests add and delete earlier dates (2013-…) while this runs
const snapshots = cli<{ as_of: string }[]>('snapshots').map((s) => s.as_of).filter((d) => d >= '2014-12-31').sort();

for (const [label, snapshot, count] of [['one snapshot', snapshots[0], 1], ['all snapshots', snapshots[snapshots.length - 1], snapshots.length]] as const) {
	for (const size of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
		test(`trend with ${label} (${count}) at ${size.width}: distinct ticks, no overlapping text`, async ({ page }) => {
			await page.setViewportSize(size);
			await signIn(page, 'lingdao', `/overview?snapshot=${snapshot}`);
			const boxes = await texts(page);
			const ticks = boxes.filter((b) => /^\d{4}-\d{2}$/.test(b.text)).map((b) => b.text);
			expect(ticks.length).toBeGreaterThanOrEqual(2);
			expect(new Set(ticks).size).toBe(ticks.length);
			// the snapshot's own month is a tick (the point stands at its quarter)
			expect(ticks).toContain(snapshot.slice(0, 7));
			expect(boxes.map((b) => b.text)).toContain('目标90%');
			expect(overlaps(boxes)).toEqual([]);
			if (count > 1 && size.width > 1000) expect(boxes.some((b) => b.text === '总结评估')).toBe(true);
		});
	}
}
