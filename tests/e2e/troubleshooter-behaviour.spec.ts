import { expect, test } from '@playwright/test';
import { answerLink, answerPath, outcomeKind } from './troubleshooter';

test('focus lands on the new question after each answer', async ({ page }) => {
  await page.goto('troubleshoot/token/');
  await answerLink(page, 'Getting a security token for an app or tool').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await answerLink(page, 'Only in a web browser').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: /^Back/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you connect to Salesforce?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the keyboard alone reaches an outcome', async ({ page }) => {
  await page.goto('troubleshoot/token/');
  for (const label of ['Getting a security token for an app or tool', 'Only in a web browser']) {
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
  await answerPath(page, 'token', [
    'Getting a security token for an app or tool',
    'An app, tool or code that asks for my Salesforce password',
    'Enterprise, Performance, Unlimited or Developer',
    'Not sure',
  ]);
  await page.getByRole('button', { name: 'Copy the message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#admin-message-text').textContent());
});

test('a stale troubleshooter address offers to continue from the last valid answer', async ({ page }) => {
  const response = await page.goto('troubleshoot/token/get-a-token/password-app/no-such-answer/another/');
  expect(response?.status()).toBe(404);
  const stale = page.getByRole('region', { name: 'This troubleshooter step has changed' });
  await expect(stale).toBeVisible();
  await stale.getByRole('link', { name: 'Continue from your last valid answer' }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/password-app\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which Salesforce edition does your company use?');
});

test('the map draws every node from the tree data, with the outline as text', async ({ page, request }) => {
  await page.goto('troubleshoot/token/map/');
  const listing = await (await request.get('troubleshoot/token/')).text();
  expect(listing).toContain('What do you need help with?');
  const nodes = page.locator('.tree-map svg a');
  const outlineLinks = page.locator('.outline a', { hasNotText: 'shown above' });
  expect(await nodes.count()).toBeGreaterThan(20);
  expect(await outlineLinks.count()).toBe(await nodes.count());
  await page
    .locator('.outline a', { hasText: "Result: You don't need a security token to sign in in a browser" })
    .click();
  await expect(outcomeKind(page)).toHaveText('No token needed');
});

test('question pages are noindex and name the step in the title; the start page is indexable', async ({ page }) => {
  await page.goto('troubleshoot/token/');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await answerLink(page, 'Getting a security token for an app or tool').click();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page).toHaveTitle(/^Question 2: How do you connect to Salesforce\?/);
});
