import { describe, expect, it } from 'vitest';
import { registrationForm, shortStatus, summaryRow, type PackPerson } from './survey-form.ts';

const base: PackPerson = {
	code: '520102016001', aac003: '张三', aac004: '1', aac002: '520102198001010011', aac006: '19800101', aac009: '20',
	aac010: '贵州省贵阳市南明区', aae006: '新华路1号', aab401: null, aab402: 'H1', aae005: '13900000000',
	aic003: '91', akc003: '27', alc003: '95', ajc003: '81', amc003: '91', employment: '1', aab001: 'U1', aab004: '某建筑公司',
	household: 'H1'
};
const ticked = (boxes: { label: string; ticked: boolean }[]) => boxes.filter((b) => b.ticked).map((b) => b.label);

describe('registrationForm', () => {
	it('ticks the boxes of the five status codes and names the insurances of each reason', () => {
		const f = registrationForm(base);
		expect(ticked(f.employment)).toEqual(['已单位就业']);
		expect(f.unitName).toBe('某建筑公司');
		expect(ticked(f.pension)).toEqual([]);
		expect(ticked(f.medical)).toEqual(['城镇居民（含城乡统筹）基本医疗保险']); // 27 城乡统筹 shares the box of 22
		expect(ticked(f.single)).toEqual([]);
		expect(f.reasons.filter((b) => b.ticked)).toEqual([{ label: '个人未参保', ticked: true, note: '养老、生育' }]);
		expect(f.elsewhere.filter((b) => b.ticked)).toEqual([{ label: '省内异地参保', ticked: true, note: '失业' }]);
	});

	it('leaves the unit blank without 单位就业, and ticks 失业/工伤/生育 on their enrolled codes', () => {
		const f = registrationForm({ ...base, employment: '5', aic003: '12', alc003: '30', ajc003: '40', amc003: '50' });
		expect(ticked(f.employment)).toEqual(['在校学生']);
		expect(f.unitName).toBe('');
		expect(ticked(f.pension)).toEqual(['城乡居民基本养老保险']);
		expect(ticked(f.single)).toEqual(['失业保险', '工伤保险', '生育保险']);
		expect(f.reasons.some((b) => b.ticked)).toBe(false);
	});
});

describe('summaryRow', () => {
	it('fills the 附件2 columns: unit or 无单位, the five statuses', () => {
		expect(summaryRow(base, 3)).toEqual([3, '张三', '520102198001010011', '某建筑公司', '', '贵州省贵阳市南明区', '新华路1号', '13900000000',
			'91 未参保', '27 城乡居民医保', '95 不需参加', '81 省内异地', '91 未参保']);
		expect(summaryRow({ ...base, employment: '3', aab004: null }, 1).slice(3, 5)).toEqual(['', '未就业']);
		expect(shortStatus('99')).toBe('99');
		expect(shortStatus(null)).toBe('');
	});
});

describe('regionLineText', () => {
	it('leaves a blank to fill in for an unknown level', async () => {
		const { regionLineText } = await import('./survey-form.ts');
		expect(regionLineText(['贵州省', '遵义市', '红花岗区', '新舟镇', ''])).toBe('贵州省 遵义市 红花岗区 新舟镇 ＿＿＿＿村（社区）');
	});
});
