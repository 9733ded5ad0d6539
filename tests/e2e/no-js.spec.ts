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

test('the feedback question still reveals next steps', async ({ page, request }) => {
  const [first] = await guidePaths(request);
  await page.goto(first!);
  await page.getByRole('region', { name: 'Did this answer your question?' }).getByRole('link', { name: 'No' }).click();
  await expect(page.getByText('Try one of these next')).toBeVisible();
});

test('the theme and copy buttons, which need JavaScript, are not shown', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();
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
