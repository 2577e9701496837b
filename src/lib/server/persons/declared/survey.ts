import { requireRegion } from '../../auth/access.ts';
import { viewContext } from '../../app/page-context.ts';
import { currentDatabase } from '../../app/database-handle.ts';
import { answerInputErrors } from '../../app/http.ts';
import { villageNames } from '../../views/survey/pack.ts';
import { TO_VISIT_COLUMNS, toVisitPage } from '../../views/survey/to-visit.ts';
import { codeNames } from '../code-names.ts';
import { listAccess, type OpenList } from '../person-list.ts';

/** 入户调查 (/survey): the persons to visit in a township or village, in pack order (no export: the pack is the document). */
export const surveyList: OpenList = async ({ locals, url }, mode) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const access = listAccess(locals.user, mode);
	const { user, region, asOf } = await viewContext(locals.user, url);
	const db = await currentDatabase();
	const [names, villages] = await Promise.all([codeNames(db), villageNames(db, region)]);
	return {
		read: async (limit, offset) => ({ columns: TO_VISIT_COLUMNS, rows: await answerInputErrors(() => toVisitPage(db, { region, asOf, limit, offset }, villages, names, access)) }),
		user,
		page: '/survey',
		query: { region, snapshot: asOf }
	};
};
