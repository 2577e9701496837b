import type { RequestHandler } from './$types';
import { listPage } from '$lib/server/persons/person-list.ts';
import { batchList } from '$lib/server/persons/declared/batches.ts';

/** One page of the list (JSON: columns, rows, page, hasMore), masked per role; audited. */
export const GET: RequestHandler = listPage(batchList);
