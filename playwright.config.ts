import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Prefer a system Chromium (Playwright cannot download its own browsers everywhere). */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
  existsSync(path),
);

// Ports of their own, away from `npm run dev` and `npm start` (4321), so a server an author left
// running is never mistaken for the build under test. Overridable for a second checkout.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4390);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4391);

/** Serves a build with the same script as `npm start`; never reuses a server that is already there. */
const serve = (dir: string, port: number, base: string) => ({
  command: `npm run -s serve -- ${dir} ${port} ${base}`,
  port,
  reuseExistingServer: false,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  // Limits for a busy 2-core machine. Tests wait on conditions, never on time; these only bound
  // how long a condition may take before the test fails.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}`,
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'site', testIgnore: [/subpath\.spec\.ts/, /no-js\.spec\.ts/, /troubleshooter-routes\.spec\.ts/] },
    // The troubleshooter routes are plain links, so they are clicked through with JavaScript off.
    {
      name: 'no-js',
      testMatch: [/no-js\.spec\.ts/, /troubleshooter-routes\.spec\.ts/],
      use: { javaScriptEnabled: false },
    },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/help/` } },
  ],
  // A plain static server (scripts/static-server.ts) for each build, as any host would serve it.
  webServer: [serve('dist', ROOT_PORT, '/'), serve('dist-subpath', SUBPATH_PORT, '/help/')],
});
