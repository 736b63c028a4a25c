import { defineConfig } from '@playwright/test';

// Another port can be chosen where two test runs share a machine.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

/**
 * End-to-end tests drive the system's Chromium (no browser download exists on
 * the build machines) against the built site in dist/, served by nginx with the
 * configuration the build ships (tests/support/nginx.mjs), as it is deployed.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // The build machines are shared two-core hosts: a page that loads in a second alone can take several under
  // load, and the longest tests (every paragraph of a side-by-side view) take twenty seconds on a quiet one.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node tests/support/nginx.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: false,
  },
});
