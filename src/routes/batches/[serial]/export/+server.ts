import type { RequestHandler } from './$types';
import { listExport } from '$lib/server/persons/person-list.ts';
import { batchList } from '$lib/server/persons/declared/batches.ts';

/** The whole list as a streamed download (Excel, or CSV in GB18030 with format=csv), masked per role; audited once. */
export const GET: RequestHandler = listExport(batchList);
