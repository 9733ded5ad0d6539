/**
 * Gates every page must pass, checked in one visit per page (a test each): axe (WCAG 2.2 A
 * and AA), a strict CSP with no violation, no console error, and no field that
 * could collect a secret.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagesToCheck } from './built-site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

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
for (const path of pagesToCheck()) {
  test(`${path || 'home'} passes axe, CSP, console and no-secret-field checks`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      // The 404 page is served with status 404 on purpose; Chromium logs that for the document itself.
      const expected404 = path.endsWith('no-such-page/') && message.location().url.endsWith('/no-such-page/');
      if (message.type() === 'error' && !expected404) problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
      );
    });
    await page.goto(path);
    const csp = cspProblem(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'));
    if (csp) problems.push(csp);
    problems.push(...(await fieldsOutsideSearch(page)).map((field) => `a field outside search: ${field}`));
    problems.push(...(await axeViolations(page)));
    expect(problems).toEqual([]);
  });
}

for (const path of [
  '',
  'guides/',
  'guides/reset-option-missing/',
  'troubleshoot/',
  'troubleshoot/token/',
  'troubleshoot/token/get-a-token/',
  'troubleshoot/token/reset-option-missing/none-of-these/',
  'troubleshoot/token/map/',
  'troubleshoot/token/result/reset-token/',
  'troubleshoot/token/get-a-token/data-loader/not-sure/',
  'search/?q=token',
  'no-such-page/',
]) {
  test(`axe finds nothing in dark mode on ${path || 'home'}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    // Highlighted terms in results are what most often fail contrast: check them once they are there.
    if (path.startsWith('search/')) await expect(page.locator('#search-status')).toContainText('results for');
    expect(await axeViolations(page)).toEqual([]);
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

test('each kind of page reflows to 320 px wide without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  for (const path of [
    '',
    'guides/',
    'guides/use-the-token-in-your-client/',
    'troubleshoot/token/',
    'troubleshoot/token/reset-option-missing/none-of-these/',
    'search/?q=token',
    'no-such-page/',
  ]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflowing.push(`${path}: ${width}px`);
  }
  expect(overflowing).toEqual([]);
});
