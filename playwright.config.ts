import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Prefer a system Chromium (Playwright cannot download its own browsers everywhere). */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
  existsSync(path),
);

// Overridable so a second checkout (or a benchmark) can serve its own build beside this one.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4321);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}`,
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'site', testIgnore: [/subpath\.spec\.ts/, /no-js\.spec\.ts/] },
    // The troubleshooter routes must work without JavaScript too, so they run in both projects.
    {
      name: 'no-js',
      testMatch: [/no-js\.spec\.ts/, /troubleshooter-routes\.spec\.ts/],
      use: { javaScriptEnabled: false },
    },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/help/` } },
  ],
  // A plain static server (scripts/static-server.ts) for each build, as any host would serve it.
  webServer: [
    {
      command: `node scripts/static-server.ts dist ${ROOT_PORT} /`,
      port: ROOT_PORT,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/static-server.ts dist-subpath ${SUBPATH_PORT} /help/`,
      port: SUBPATH_PORT,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
