import type { RequestHandler } from './$types';
import { listPage } from '$lib/server/persons/person-list.ts';
import { surveyList } from '$lib/server/persons/declared/survey.ts';

/** One page of the list (JSON: columns, rows, page, hasMore), masked per role; audited. */
export const GET: RequestHandler = listPage(surveyList);
