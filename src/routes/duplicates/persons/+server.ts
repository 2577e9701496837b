import type { RequestHandler } from './$types';
import { listPage } from '$lib/server/persons/person-list.ts';
import { duplicatesList } from '$lib/server/persons/declared/duplicates.ts';

/** One page of the list (JSON: columns, rows, page, hasMore), masked per role; audited. */
export const GET: RequestHandler = listPage(duplicatesList);
