import { error } from '@sveltejs/kit';
import { InputError } from '../errors.ts';

/** Runs `work`; a request the user can correct (unknown snapshot, bad metric …) answers 400 with its Chinese message. */
export async function answerInputErrors<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof InputError) error(400, e.message);
		throw e;
	}
}
