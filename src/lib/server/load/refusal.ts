/**
 * A snapshot that cannot be loaded as a whole. The message is Chinese and names the file, the
 * column and, where it applies, the line, as docs/spec/SNAPSHOT.md "Bad input" asks.
 */
export class LoadRefusal extends Error {
	constructor(
		message: string,
		readonly file?: string,
		readonly column?: string,
		readonly line?: number
	) {
		super(message);
		this.name = 'LoadRefusal';
	}
}
