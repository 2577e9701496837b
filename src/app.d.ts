import type { PublicUser } from '$lib/server/auth/users.ts';

declare global {
	namespace App {
		interface Locals {
			user: PublicUser | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
