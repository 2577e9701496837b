import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	ssr: {
		// native bindings and big CommonJS packages stay outside the server bundle
		external: ['@duckdb/node-api', 'exceljs', 'iconv-lite']
	},
	test: {
		include: ['src/**/*.spec.ts', 'bench/**/*.spec.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 300_000,
		pool: 'forks',
		fileParallelism: true,
		maxWorkers: 2
	}
});
