import { describe, expect, it } from 'vitest';
import { birthUnreadableReason, checkChar, idInvalidReason, reasonOf, type OffendingRow } from './reasons.ts';

const base: OffendingRow = {
	aac003: '王伟', aac004: '1', aac002: '520102197503120234', aac006: '19750312', aac012: '24', aac009: '11',
	aac010: '贵州省', aae006: '人民路3号', aab301: '520102000037', aic003: '11', akc003: '21', alc003: '30',
	ajc003: '40', amc003: '50', hj_local: '1', reg_status: '11', employment: '1', id: '520102197503120234',
	id_kind: 'valid18', id_rows: 1, active_any: ['1', '2', '3', '4', '5'], active_scope: ['1', '2', '3', '4', '5']
};
const names = new Map([
	['AAC004', new Map([['1', '男性'], ['2', '女性']])],
	['AAC012', new Map([['24', '工人']])],
	['AAC009', new Map([['11', '本地非农业户口']])],
	['AIC003', new Map([['11', ''], ['91', '']])],
	['AKC003', new Map([['21', '']])],
	['ALC003', new Map([['30', '']])],
	['AJC003', new Map([['40', '']])],
	['AMC003', new Map([['50', '']])],
	['reg_status', new Map([['11', '本地参保直接入库'], ['21', '省内异地参保确认入库']])],
	['employment', new Map([['1', '单位就业']])]
]);

describe('data-quality reasons', () => {
	it('出生日期无法识别: the value as written for full access (20 characters at most), none of it masked', () => {
		expect(reasonOf('birth_unreadable', { ...base, aac006: '1975-3-12' }, names, 'full')).toBe(
			'出生日期无法识别：出生日期(AAC006) 填为“1975-3-12”，不是 YYYYMMDD、YYYY-MM-DD、YYYY/M/D、YYYY.MM.DD 形式的有效日期'
		);
		expect(birthUnreadableReason('1975年03月12日上午十时三十分左右出生', 'full')).toContain('填为“1975年03月12日上午十时三十分左右…”');
		const masked = reasonOf('birth_unreadable', { ...base, aac006: '1975-3-12' }, names, 'masked');
		expect(masked).not.toMatch(/1975|3-12/);
		expect(masked).toContain('已脱敏');
	});

	it('computes the GB 11643 check character', () => {
		expect(checkChar('52010219750312023')).toBe('4');
		expect(checkChar('11010519491231002')).toBe('X');
	});

	it('says what is wrong with an invalid id without repeating it', () => {
		expect(idInvalidReason('5201021975031202', 'full')).toBe('公民身份号码为 16 位，应为 18 位（或 15 位旧号码）');
		expect(idInvalidReason('520102197513120234', 'full')).toContain('19751312 不是有效日期');
		expect(idInvalidReason('520102197503120235', 'full')).toBe('公民身份号码校验位错误：应为 4，实为 5');
		expect(idInvalidReason('52010219750312023A', 'full')).toContain('非数字');
	});

	it('names the missing required fields', () => {
		expect(reasonOf('missing_required', { ...base, aac006: null, aab301: null }, names, 'full')).toBe(
			'必填项缺失：出生日期(AAC006)、行政区划代码(AAB301)'
		);
	});

	it('names the field and value outside its code table', () => {
		expect(reasonOf('invalid_code', { ...base, aac012: '99' }, names, 'full')).toBe('代码值不在代码表中：个人身份 “99”');
		expect(reasonOf('invalid_code', { ...base, hj_local: '2' }, names, 'full')).toContain('是否本地户籍 “2”');
	});

	it('explains birth, sex, duplicate and registration conflicts', () => {
		expect(reasonOf('id_birth_mismatch', { ...base, aac006: '19750313' }, names, 'full')).toBe(
			'出生日期(AAC006) 1975-03-13 与公民身份号码中的 1975-03-12 不一致'
		);
		expect(reasonOf('id_gender_mismatch', { ...base, aac004: '2' }, names, 'full')).toContain('第 17 位为奇数（男）');
		expect(reasonOf('id_duplicate', { ...base, id_rows: 3 }, names, 'full')).toContain('其他 2 行');
		expect(reasonOf('reg_inconsistent', { ...base, hj_local: '0', reg_status: '21' }, names, 'full')).toContain('21（省内异地参保确认入库）');
	});

	it('names each insurance whose status contradicts the enrolments', () => {
		const row = { ...base, aic003: '11', akc003: '91', active_any: ['2'], active_scope: ['2'] };
		expect(reasonOf('status_conflict', row, names, 'full')).toBe(
			'养老保险状态为 11（已参保），但无有效参保记录；医疗保险状态为 91（应参未参），但本地有有效参保记录；工伤保险状态为 30（已参保），但无有效参保记录；失业保险状态为 40（已参保），但无有效参保记录；生育保险状态为 50（已参保），但无有效参保记录'
		);
	});
	it('for masked access names no date and no check character (finding 1)', () => {
		expect(idInvalidReason('520102197513120234', 'masked')).toBe('公民身份号码中的出生日期不是有效日期');
		expect(idInvalidReason('520102197503120235', 'masked')).toBe('公民身份号码校验位错误（末位与前 17 位不符）');
		expect(idInvalidReason('520102801301031', 'masked')).toBe('15 位公民身份号码中的出生日期不是有效日期');
		const text = reasonOf('id_birth_mismatch', { ...base, aac006: '19750313' }, names, 'masked');
		expect(text).not.toMatch(/\d{4}/);
		expect(text).toContain('不一致');
	});
});
