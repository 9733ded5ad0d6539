import { test, type Page } from '@playwright/test';

/**
 * A `test` whose `page` is one browser page per worker, reused from test to test. A new browser
 * context and renderer for each test cost about as much CPU as a page's own checks, so tests
 * that only load pages and follow links (and leave no state behind: no storage, theme, viewport
 * or permissions) use this one. Each test still loads its pages afresh. The page reports every
 * CSP violation as a console error, for tests that watch the console.
 */
export const readOnlyTest = test.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, javaScriptEnabled = true } = workerInfo.project.use;
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), javaScriptEnabled });
      const page = await context.newPage();
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
        );
      });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedPage }, use) => use(sharedPage),
});
