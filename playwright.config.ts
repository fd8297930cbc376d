import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Runs against the production build (`next start`) on a fresh database: use `npm run test:e2e`
// (scripts/with-test-db.ts sets DATABASE_URL and the secrets, and builds first).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium on these machines; Playwright's own browser elsewhere (`npx playwright install`).
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'en-GB',
    // Tracing every test costs seconds each on 2 cores; PW_TRACE=1 turns it on when debugging.
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      // Root needs --no-sandbox; the rest stops Chromium calling home on a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'en-GB' }, dependencies: ['setup'] },
  ],
  webServer: {
    // A long keep-alive: Node closes idle sockets after 5 s by default, and a request that reuses one
    // at that moment fails with ECONNRESET (seen under load). Browsers and proxies handle it; tests should not have to.
    command: `node node_modules/next/dist/bin/next start -p ${port} --keepAliveTimeout 120000`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXTAUTH_URL: baseURL, NEXT_TELEMETRY_DISABLED: '1' },
  },
});
