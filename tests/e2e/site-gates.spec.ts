/**
 * Gates every page must pass, checked in one visit per page: axe (WCAG 2.2 A
 * and AA), a strict CSP with no violation, no console error, and no field that
 * could collect a secret. Pages are split into chunks so the workers share them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagesToCheck } from './pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const CHUNKS = 4;

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

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`every page passes axe, CSP, console and no-secret-field checks (part ${chunk + 1} of ${CHUNKS})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const pages = (await pagesToCheck(request)).filter((_, index) => index % CHUNKS === chunk);
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => {
      // The 404 page is served with status 404 on purpose; Chromium logs that for the document itself.
      const expected404 = current.endsWith('/no-such-page/') && message.location().url.endsWith('/no-such-page/');
      if (message.type() === 'error' && !expected404) problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: uncaught: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
      );
    });
    for (const path of pages) {
      current = path;
      await page.goto(path);
      const csp = cspProblem(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'));
      if (csp) problems.push(`${path}: ${csp}`);
      problems.push(...(await fieldsOutsideSearch(page)).map((field) => `${path}: a field outside search: ${field}`));
      problems.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(problems).toEqual([]);
  });
}

test('axe finds nothing in dark mode on each kind of page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const problems: string[] = [];
  for (const path of [
    '',
    'guides/',
    'guides/reset-option-missing/',
    'troubleshoot/',
    'troubleshoot/token/',
    'troubleshoot/token/get-a-token/',
    'troubleshoot/token/get-a-token/password-app/enterprise-or-similar/not-sure/',
    'troubleshoot/token/map/',
    'search/?q=token',
    'no-such-page/',
  ]) {
    await page.goto(path);
    problems.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
  }
  expect(problems).toEqual([]);
});

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
    'troubleshoot/token/get-a-token/password-app/enterprise-or-similar/not-sure/',
    'search/?q=token',
    'no-such-page/',
  ]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflowing.push(`${path}: ${width}px`);
  }
  expect(overflowing).toEqual([]);
});
