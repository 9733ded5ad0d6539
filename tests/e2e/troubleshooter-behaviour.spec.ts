import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { answerLink, answerPath, outcomeKind } from './troubleshooter';
import { listTreeIds, loadTreeFromDir } from '../../src/lib/troubleshooter/load-files';
import { firstPaths } from '../../src/lib/troubleshooter/paths';
import { routes } from '../../src/lib/routes';

const TREES = path.join(import.meta.dirname, '../../content/troubleshooters');
const TREE_IDS = listTreeIds(TREES);

test('focus lands on the new question after each answer', async ({ page }) => {
  await page.goto('troubleshoot/token/');
  await answerLink(page, 'Getting a security token for an app or tool').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await answerLink(page, 'Data Loader').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: /^Back/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to connect to Salesforce?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the keyboard alone reaches an outcome', async ({ page }) => {
  await page.goto('troubleshoot/token/');
  for (const label of [
    'Getting a security token for an app or tool',
    'Nothing, I only use Salesforce in a web browser',
  ]) {
    const target = answerLink(page, label);
    for (
      let presses = 0;
      presses < 40 && !(await target.evaluate((link) => link === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
  }
  await expect(outcomeKind(page)).toHaveText('No token needed');
});

test('the admin message copies to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answerPath(page, 'token', ['I can\'t find "Reset My Security Token"', "None of these, or I'm not sure"]);
  await page.getByRole('button', { name: 'Copy the message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#admin-message-text').textContent());
});

test('a stale troubleshooter address offers to continue from the last valid answer', async ({ page }) => {
  const response = await page.goto('troubleshoot/token/get-a-token/data-loader/no-such-answer/another/');
  expect(response?.status()).toBe(404);
  const stale = page.getByRole('region', { name: 'This troubleshooter step has changed' });
  await expect(stale).toBeVisible();
  await stale.getByRole('link', { name: 'Continue from your last valid answer' }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/data-loader\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Can you see "Reset My Security Token" in your personal settings?',
  );
});

for (const treeId of TREE_IDS) {
  test(`the map of ${treeId} draws every node of the tree data once, linked to its page, starting at the top left`, async ({
    page,
  }) => {
    const loaded = loadTreeFromDir(TREES, treeId);
    const { tree } = loaded;
    const expected = [...firstPaths(loaded).values()].map((segments) => routes.troubleshooter(treeId, segments));
    await page.goto(`troubleshoot/${treeId}/map/`);
    const drawn = await page
      .locator('.tree-map svg a:not(.node--reference)')
      .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href')!, location.href).pathname));
    expect(drawn.sort()).toEqual(expected.sort());
    const box = (await page.locator('.tree-map').boundingBox())!;
    const start = (await page.locator('.tree-map svg a').first().boundingBox())!;
    expect(await page.locator('.tree-map svg a').first().textContent()).toContain(
      tree.questions.find((question) => question.id === tree.start)!.text.slice(0, 20),
    );
    expect(start.x).toBeGreaterThanOrEqual(box.x);
    expect(start.x + start.width).toBeLessThanOrEqual(box.x + box.width);
    expect(start.y).toBeGreaterThanOrEqual(box.y);
  });
}

test('on a phone, the map page shows the outline before the drawing', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('troubleshoot/token/map/');
  const outline = (await page.getByRole('heading', { name: 'Outline' }).boundingBox())!;
  const map = (await page.locator('.tree-map').boundingBox())!;
  expect(outline.y).toBeLessThan(map.y);
});

test('question pages are noindex, name the step in the title and say how many questions may follow', async ({
  page,
}) => {
  await page.goto('troubleshoot/token/');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.getByText('question 1 of at most 4')).toBeVisible();
  await answerLink(page, 'Getting a security token for an app or tool').click();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page).toHaveTitle(/^Question 2: What do you want to connect to Salesforce\?/);
  await expect(page.getByText('question 2 of at most 4')).toBeVisible();
});

test('every path page is noindex and out of the search index; every result page is indexed and in the sitemap', async ({
  request,
}) => {
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  for (const treeId of TREE_IDS) {
    const listing = readFileSync(path.join(TREES, `${treeId}.paths.txt`), 'utf8');
    const paths = [...listing.matchAll(/^(\/troubleshoot\/\S+)\s+->\s+(\S+)/gm)];
    expect(paths.length).toBeGreaterThan(5);
    for (const [, route] of paths) {
      const html = await (await request.get(route!.slice(1))).text();
      expect(html, route).toContain('<meta name="robots" content="noindex"');
      expect(html, route).not.toContain('data-pagefind-body');
      expect(sitemap, route).not.toContain(`${route}<`);
    }
    for (const outcomeId of new Set(paths.map(([, , id]) => id!))) {
      const route = routes.troubleshooterResult(treeId, outcomeId);
      const html = await (await request.get(route.slice(1))).text();
      expect(html, route).toContain('data-pagefind-body');
      expect(html, route).not.toContain('noindex');
      expect(sitemap, route).toContain(`${route}<`);
    }
  }
});

test('no indexed page shows "Your answers"', async ({ request }) => {
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
  expect(pages.length).toBeGreaterThan(40);
  for (const page of pages) {
    const html = await (await request.get(page.slice(1))).text();
    expect(html, page).not.toMatch(/Your answers|Based on your answers/);
  }
});
