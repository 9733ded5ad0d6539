import { expect, test, type Page } from '@playwright/test';

const searchBytes = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) urls.push(request.url());
  });
  return urls;
};

test('nothing of search is fetched until the reader engages it', async ({ page }) => {
  const fetched = searchBytes(page);
  await page.goto('');
  await page.goto('guides/reset-your-security-token/');
  await page.goto('troubleshoot/token/');
  await page.mouse.wheel(0, 400);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('token');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('results for');
  expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the dialog opens from the header, Ctrl+K and "/", but not while typing in a field', async ({ page }) => {
  await page.goto('guides/');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.goto('');
  const homeSearch = page.locator('#search-query');
  await homeSearch.focus();
  await page.keyboard.type('a/b');
  await expect(homeSearch).toHaveValue('a/b');
  await expect(dialog).toHaveCount(0);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /Search/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Search the guides' })).toBeVisible();
});

test('arrow keys move through results, Enter opens one with the terms highlighted, Esc returns focus', async ({
  page,
}) => {
  await page.goto('guides/');
  const opener = page.getByRole('banner').getByRole('link', { name: /Search/ });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('searchbox').fill('sandbox');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “sandbox”$/);
  const links = dialog.locator('.result-link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('/');
  await dialog.getByRole('searchbox').fill('sandbox');
  await expect(dialog.getByRole('status')).toContainText('for “sandbox”');
  const firstTitle = await links.first().textContent();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle!);
  expect(new URL(page.url()).searchParams.get('highlight')).toBe('sandbox');
  const hit = page.locator('mark.search-hit').first();
  await expect(hit).toHaveText(/^sandbox/i);
  await expect(hit).toBeInViewport();
});

test('results link to matching sections', async ({ page }) => {
  await page.goto('search/?q=INVALID_LOGIN');
  await expect(page.locator('#search-status')).toContainText('for “INVALID_LOGIN”');
  const section = page.locator('.search-results li li a').first();
  await expect(section).toHaveAttribute('href', /#/);
  await section.click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the search page keeps the query in the URL, and Back and Forward restore it', async ({ page }) => {
  await page.goto('search/?q=sandbox');
  const input = page.locator('#search-page-query');
  await expect(input).toHaveValue('sandbox');
  await expect(page.locator('#search-status')).toContainText('for “sandbox”');
  await input.fill('authenticator');
  await input.press('Enter');
  await expect(page).toHaveURL(/\?q=authenticator$/);
  await expect(page.locator('#search-status')).toContainText('for “authenticator”');
  await page.goBack();
  await expect(input).toHaveValue('sandbox');
  await expect(page.locator('#search-status')).toContainText('for “sandbox”');
  await page.goForward();
  await expect(input).toHaveValue('authenticator');
  await input.fill('email');
  await expect(page).toHaveURL(/\?q=email$/);
  await page.goBack();
  await expect(input).toHaveValue('authenticator');
});

test('filters by audience, topic and client show counts and narrow the results', async ({ page }) => {
  await page.goto('search/?q=token');
  await expect(page.locator('#search-status')).toContainText('results for');
  const filters = page.locator('#search-filters');
  for (const legend of ['Who it is for', 'Topic', 'Client'])
    await expect(filters.getByRole('group', { name: legend })).toBeVisible();
  const admins = filters.getByRole('checkbox', { name: /^Salesforce admins \(\d+\)$/ });
  const label = (await filters
    .locator('label')
    .filter({ hasText: /Salesforce admins \(\d+\)/ })
    .textContent())!;
  const expected = Number(/\((\d+)\)/.exec(label)![1]);
  await admins.check();
  await expect(page).toHaveURL(/audience=Salesforce\+admins/);
  await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${Math.min(expected, 10)} results? for`));
  await page.goBack();
  await expect(filters.getByRole('checkbox', { name: /^Salesforce admins/ })).not.toBeChecked();
});

test('no results: the query is echoed with tips and ways on', async ({ page }) => {
  await page.goto('search/?q=kangaroo%20invoice');
  await expect(page.locator('#search-status')).toHaveText('No results for “kangaroo invoice”');
  const tips = page.locator('#search-empty');
  await expect(tips).toBeVisible();
  await expect(tips).toContainText('Check the spelling');
  await expect(tips.getByRole('link', { name: /troubleshooter/ })).toBeVisible();
  await expect(tips.getByRole('link', { name: 'browse all guides' })).toBeVisible();
});

test('a nonsense word does not match through a one-letter prefix', async ({ page }) => {
  await page.goto('search/?q=qxjzvwk');
  await expect(page.locator('#search-status')).toHaveText('No results for “qxjzvwk”');
  await expect(page.locator('.result-link')).toHaveCount(0);
});

test('a hostile query is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('#search-page-query')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.locator('#search-status')).toContainText('“<img src=x onerror=alert(1)>”');
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
