import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Browser tests: Debian's Chromium against the built app on a generated province (tests/e2e/global-setup.ts). */
export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: 2,
	reporter: [['list'], ['json']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		locale: 'zh-CN',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	webServer: {
		// E2E_DEV=1 runs the dev server instead of the build (several developers at once, each on its own E2E_PORT)
		command: process.env.E2E_DEV ? `npx vite dev --port ${PORT} --strictPort --host 127.0.0.1` : 'node scripts/serve.js',
		url: `http://127.0.0.1:${PORT}/login`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${PORT}`,
			CANBAO_DB: 'data/e2e/canbao.duckdb',
			CANBAO_USERS: 'data/e2e/users.json',
			CANBAO_AUDIT: 'data/e2e/audit.log',
			CANBAO_UPLOADS: 'data/e2e/uploads',
			CANBAO_STORE: 'data/e2e/work.duckdb',
			CANBAO_DEMO: '0',
			// API contexts keep their connections across tests; with Node's default 5 s keep-alive the server can
			// close an idle socket just as a request goes out on it (ECONNRESET, seen once in CI). No test idles 2 min.
			KEEP_ALIVE_TIMEOUT: '120',
			HEADERS_TIMEOUT: '125'
		}
	}
});
