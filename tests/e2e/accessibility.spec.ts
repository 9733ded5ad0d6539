import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axeViolations(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA problem on any sitemap page (${scheme})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const problems: string[] = [];
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      problems.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(problems).toEqual([]);
  });
}

test('axe finds nothing on the 404 page', async ({ page }) => {
  await page.goto('no-such-page/');
  expect(await axeViolations(page)).toEqual([]);
});
