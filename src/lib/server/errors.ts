/** A request the user can correct (bad region code, unknown snapshot …): HTTP 400, CLI exit 2. */
export class InputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}
