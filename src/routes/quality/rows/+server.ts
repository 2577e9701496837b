import type { RequestHandler } from './$types';
import { listPage } from '$lib/server/persons/person-list.ts';
import { qualityList } from '$lib/server/persons/declared/quality.ts';

/** One page of the list (JSON: columns, rows, page, hasMore), masked per role; audited. */
export const GET: RequestHandler = listPage(qualityList);
