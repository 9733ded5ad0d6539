import { expect, test } from '@playwright/test';
import { builtGuidePaths } from './built-site';
import { guidePaths } from './site';
import { readOnlyTest } from './shared-page';

for (const path of builtGuidePaths()) {
  readOnlyTest(
    `${path} renders its title, Applies-to box, sources and a table of contents that lands on its headings`,
    async ({ page }) => {
      await page.goto(path);
      const title = await page.title();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.split(' | ')[0]!);
      const appliesTo = page.getByRole('region', { name: 'Applies to' });
      await expect(appliesTo).toContainText('Editions');
      await expect(appliesTo).toContainText('Experience');
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
      expect(await page.locator('.sources li a[href^="https://"]').count(), 'cites a source').toBeGreaterThan(0);

      const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
      const entries = await links.evaluateAll((anchors) =>
        anchors.map((anchor) => ({ hash: anchor.getAttribute('href')!, text: anchor.textContent!.trim() })),
      );
      expect(entries.length, 'has a table of contents').toBeGreaterThan(0);
      for (const { hash, text } of entries) {
        await expect(page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`), hash).toHaveText(text);
      }
      const last = entries.at(-1)!;
      await links.last().click();
      await expect(page).toHaveURL(new RegExp(`${last.hash}$`));
      await expect(page.locator(`[id="${decodeURIComponent(last.hash.slice(1))}"]`)).toBeInViewport();
    },
  );
}

test('breadcrumbs lead back to the guide index and topic', async ({ page, request }) => {
  const [first] = await guidePaths(request);
  await page.goto(first!);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  const topic = (await crumbs.getByRole('link').last().textContent())!;
  await crumbs.getByRole('link').last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All guides');
  await expect(page.getByRole('heading', { level: 2, name: topic })).toBeInViewport();
  await page.goBack();
  await crumbs.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help you?');
});

test('previous and next walk through a topic in order', async ({ page }) => {
  await page.goto('guides/');
  const topicWithSeveral = page
    .locator('section:has(> h2[id^="topic-"])')
    .filter({ has: page.locator('.guide-list li:nth-child(2)') })
    .first();
  const titles = await topicWithSeveral.locator('.guide-list > li > a').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(2);
  await topicWithSeveral.locator('.guide-list > li > a').first().click();
  for (const title of titles.slice(1)) {
    await page
      .getByRole('navigation', { name: 'More in this topic' })
      .getByRole('link', { name: /Next in this topic/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await expect(page.getByRole('link', { name: /Next in this topic/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Previous in this topic/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-2)!);
});

test('without a feedback endpoint, no question is asked, nothing is sent and next steps show', async ({
  page,
  request,
}) => {
  const [first] = await guidePaths(request);
  const posts: string[] = [];
  page.on('request', (req) => {
    if (req.method() === 'POST') posts.push(req.url());
  });
  await page.goto(first!);
  await expect(page.getByRole('region', { name: 'Did this answer your question?' })).toHaveCount(0);
  await expect(page.getByText(/thank you/i)).toHaveCount(0);
  const next = page.getByRole('region', { name: 'Still stuck?' });
  await expect(next.getByRole('link', { name: /troubleshooter/ })).toBeVisible();
  await expect(next.getByRole('link', { name: 'Search all guides' })).toBeVisible();
  expect(posts).toEqual([]);
});

test('the theme button moves System → Light → Dark → System, and the choice persists across pages', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const html = page.locator('html');
  const toggle = () => page.getByRole('banner').getByRole('button', { name: /^Theme:/ });
  await expect(toggle()).toHaveAccessibleName('Theme: System');
  await toggle().click();
  await expect(toggle()).toHaveAccessibleName('Theme: Light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await toggle().click();
  await expect(toggle()).toHaveAccessibleName('Theme: Dark');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All guides');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle()).toHaveAccessibleName('Theme: Dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
  await toggle().click();
  await expect(toggle()).toHaveAccessibleName('Theme: System');
  await expect(html).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('an unknown address gets the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse all guides' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All guides');
});
