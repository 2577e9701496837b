/**
 * Who sees which part of a batch. A user whose scope covers the batch's region (the sender's level or
 * above) sees all of it; a user inside a receiving region sees that region's ids (and, deeper than the
 * receiver, the ids placed in the user's own region); anyone else sees nothing, and the batch answers 403.
 */
export type BatchPart = { all: true } | { all: false; scope: string; receivers: string[] } | null;

export function batchPart(scope: string, region: string, receivers: string[]): BatchPart {
	if (region.startsWith(scope)) return { all: true };
	// deeper than a receiving child region: that child's ids placed in the user's region (the 本级 part,
	// received by the batch region itself, is the sender level's own)
	const mine = receivers.filter((r) => r.startsWith(scope) || (r !== region && scope.startsWith(r)));
	return mine.length > 0 ? { all: false, scope, receivers: mine } : null;
}

/** Whether an id (its receiver and placement code) lies in the part. */
export function inPart(part: Exclude<BatchPart, null>, row: { receiver: string; code: string }): boolean {
	if (part.all) return true;
	return row.receiver.startsWith(part.scope) || (part.receivers.includes(row.receiver) && row.code.startsWith(part.scope));
}
