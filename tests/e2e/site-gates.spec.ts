/**
 * Gates every page must pass, checked in one visit per page (a test each): a strict CSP with no
 * violation, no console error, no field that could collect a secret, and axe (WCAG 2.2 A and AA)
 * on the pages `pagesToCheck` names. Dark mode is checked in layout.spec.ts.
 */
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { pagesToCheck } from './built-site';
import { readOnlyTest } from './shared-page';

function cspProblem(csp: string | null): string | null {
  if (!csp) return 'no Content-Security-Policy';
  const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
  if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) return `script-src allows unsafe code: ${scriptSrc}`;
  if (!csp.includes("default-src 'self'") || !csp.includes("object-src 'none'")) return `CSP is not strict: ${csp}`;
  return null;
}

/** Inputs outside a search form, or of a type search does not use. */
function fieldsOutsideSearch(page: Page): Promise<string[]> {
  return page.locator('input, textarea, select, [contenteditable="true"]').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const type = element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase();
        return !(element.closest('[role="search"]') && (type === 'search' || type === 'checkbox'));
      })
      .map((element) => element.outerHTML),
  );
}

// One test per page, so each stays short on a busy machine.
for (const { path, axe } of pagesToCheck()) {
  const checks = axe ? 'axe, CSP, console and no-secret-field checks' : 'CSP, console and no-secret-field checks';
  readOnlyTest(`${path || 'home'} passes ${checks}`, async ({ page }) => {
    const problems: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      // The 404 page is served with status 404 on purpose; Chromium logs that for the document itself.
      const expected404 = path.endsWith('no-such-page/') && message.location().url.endsWith('/no-such-page/');
      if (message.type() === 'error' && !expected404) problems.push(`console error: ${message.text()}`);
    };
    const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    try {
      await page.goto(path);
      const csp = cspProblem(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'));
      if (csp) problems.push(csp);
      problems.push(...(await fieldsOutsideSearch(page)).map((field) => `a field outside search: ${field}`));
      if (axe) problems.push(...(await axeViolations(page)));
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    }
    expect(problems).toEqual([]);
  });
}

test('axe finds nothing in the open search dialog or on a no-results page', async ({ page }) => {
  await page.goto('guides/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('token');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('results for');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('search/?q=kangaroo');
  await expect(page.locator('#search-status')).toContainText('No results');
  expect(await axeViolations(page)).toEqual([]);
});

test('search engages without CSP violations, Pagefind WebAssembly included', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective}`),
    );
  });
  await page.goto('');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('invalid_grant');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(/results? for/);
  await page.getByRole('dialog').locator('.result-link').first().click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(problems).toEqual([]);
});
