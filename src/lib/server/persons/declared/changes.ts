import { error } from '@sveltejs/kit';
import { currentDatabase } from '../../app/database-handle.ts';
import { answerInputErrors } from '../../app/http.ts';
import { changesContext, readListArea } from '../../views/changes/changes-page.ts';
import { changePersons, readCell } from '../../views/changes/persons.ts';
import { incompletePersons } from '../../views/changes/incomplete.ts';
import { codeNames } from '../code-names.ts';
import { listAccess, type OpenList } from '../person-list.ts';

/** 两期变化 (/changes): the persons of a cell of the changes matrix, or the 未参全 persons (`cell=incomplete`). */
export const changesList: OpenList = async ({ locals, url }, mode) => {
	const c = await changesContext(locals.user, url);
	const access = listAccess(locals.user, mode);
	const cellText = url.searchParams.get('cell') ?? '';
	const incomplete = cellText === 'incomplete';
	if (c.from === null && !incomplete) error(400, '只有一期快照，无法比较');
	const cell = incomplete ? { a: '*' as const, b: '*' as const } : await answerInputErrors(async () => readCell(url.searchParams.get('cell')));
	if (!cell) error(400, '缺少变化类别 cell（如 uninsured>insured）');
	const area = readListArea(c.user, c.region, url.searchParams.get('in'));
	const db = await currentDatabase();
	const names = await codeNames(db);
	return {
		read: (limit, offset) =>
			incomplete
				? incompletePersons(db, { ...area, to: c.to, digit: c.insurance.digit, limit, offset }, names, access)
				: changePersons(db, { ...area, from: c.from as string, to: c.to, digit: c.insurance.digit, cell, limit, offset }, names, access),
		user: c.user,
		page: '/changes',
		query: { region: c.region, in: url.searchParams.get('in') ?? '', from: c.from ?? '', to: c.to, insurance: c.insurance.key, cell: cellText },
		export: {
			action: 'export-changes',
			title: `两期变化人员名单（${c.insurance.label}）`,
			about: [`地区：${area.region}${area.ownOf ? '本级' : ''}`, incomplete ? `快照：${c.to}` : `快照：${c.from} → ${c.to}`, incomplete ? '未参全：本险种应参未参、已参加其他险种' : `变化：${cellText}`],
			fileName: incomplete ? `未参全名单-${area.region}-${c.to}` : `两期变化名单-${area.region}-${c.from}-${c.to}`
		}
	};
};
