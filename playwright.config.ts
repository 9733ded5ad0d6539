import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Prefer a system Chromium (Playwright cannot download its own browsers everywhere). */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
  existsSync(path),
);

const ROOT_PORT = 4321;
const SUBPATH_PORT = 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${ROOT_PORT}`,
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'site', testIgnore: [/subpath\.spec\.ts/, /no-js\.spec\.ts/] },
    { name: 'no-js', testMatch: /no-js\.spec\.ts/, use: { javaScriptEnabled: false } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${SUBPATH_PORT}/help/` } },
  ],
  webServer: [
    { command: `npx astro preview --port ${ROOT_PORT}`, port: ROOT_PORT, reuseExistingServer: !process.env.CI },
    {
      command: `npx astro preview --port ${SUBPATH_PORT}`,
      port: SUBPATH_PORT,
      reuseExistingServer: !process.env.CI,
      env: { BASE_PATH: '/help/', OUT_DIR: './dist-subpath' },
    },
  ],
});
