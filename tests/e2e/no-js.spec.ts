/** With JavaScript off (the no-js project), the site still works; the troubleshooter routes run here too. */
import { expect, test } from '@playwright/test';
import { answerPath, outcomeKind } from './troubleshooter';
import { guidePaths } from './site';

test('home, guide index and a guide work', async ({ page, request }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help you?');
  await page.getByRole('link', { name: 'Browse all guides' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All guides');
  const [first] = await guidePaths(request);
  await page.goto(first!);
  await expect(page.getByRole('region', { name: 'Applies to' })).toBeVisible();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/#.+$/);
});

test('a guide shows its next steps, stacked tabs and no buttons that need JavaScript', async ({ page }) => {
  await page.goto('guides/security-token-code-examples/');
  await expect(page.getByRole('region', { name: 'Still stuck?' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('tablist')).toHaveCount(0);
  for (const label of ['SOAP API login()', 'OAuth username-password flow', 'Data Loader', 'jsforce (Node.js)'])
    await expect(page.getByRole('heading', { level: 3, name: label, exact: true })).toBeVisible();
  await expect(page.locator('pre').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
});

test('the theme and copy buttons, which need JavaScript, are not shown', async ({ page }) => {
  await page.goto('');
  const themeButtons = page.locator('[data-theme-toggle]');
  expect(await themeButtons.count()).toBeGreaterThan(0);
  for (const button of await themeButtons.all()) await expect(button).toBeHidden();
  await answerPath(page, 'token', ['I can\'t find "Reset My Security Token"', "None of these, or I'm not sure"]);
  await expect(outcomeKind(page)).toHaveText('Ask your admin');
  await expect(page.getByRole('button', { name: 'Copy the message' })).toBeHidden();
  await expect(page.locator('#admin-message-text')).toBeVisible();
});

test('the 404 page offers ways back', async ({ page }) => {
  const response = await page.goto('troubleshoot/token/no-such-answer/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Start the troubleshooter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Troubleshooter');
});

test('the search page says search needs JavaScript and links elsewhere', async ({ page }) => {
  await page.goto('search/?q=token');
  const notice = page.locator('#search-needs-js');
  await expect(notice).toContainText('Search needs JavaScript');
  await notice.getByRole('link', { name: /browse every guide/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All guides');
});
