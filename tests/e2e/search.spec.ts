import { expect, test, type Locator, type Page } from '@playwright/test';

/** From the focused search box, Down twice reaches the second result and Up twice comes back to the box. */
async function expectArrowKeysToMove(page: Page, box: Locator, links: Locator): Promise<void> {
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
}

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
  await expectArrowKeysToMove(page, dialog.getByRole('searchbox'), links);
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

test('on the search page too, arrow keys move between the box and the results', async ({ page }) => {
  await page.goto('search/?q=sandbox');
  await expect(page.locator('#search-status')).toContainText('for “sandbox”');
  const input = page.locator('#search-page-query');
  const links = page.locator('#search-results .result-link');
  await input.focus();
  await expectArrowKeysToMove(page, input, links);
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
  const status = page.locator('#search-status');
  await expect(status).toContainText('results for');
  const unfiltered = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
  const filters = page.locator('#search-filters');
  for (const legend of ['Who it is for', 'Topic', 'Client'])
    await expect(filters.getByRole('group', { name: legend })).toBeVisible();
  const label = (await filters
    .locator('label')
    .filter({ hasText: /Salesforce admins \(\d+\)/ })
    .textContent())!;
  const expected = Number(/\((\d+)\)/.exec(label)![1]);
  expect(expected).toBeLessThan(unfiltered);
  await filters.getByRole('checkbox', { name: /^Salesforce admins \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/audience=Salesforce\+admins/);
  await expect(status).not.toHaveText(new RegExp(`^${unfiltered} results for`));
  await expect(status).toHaveText(/^\d+ results? for/);
  // The facet counts every indexed page; the list leaves out any page search must not lead to, so at most that many.
  const filtered = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThanOrEqual(expected);
  await page.goBack();
  await expect(filters.getByRole('checkbox', { name: /^Salesforce admins/ })).not.toBeChecked();
  await expect(status).toHaveText(new RegExp(`^${unfiltered} results for`));
});

test('filter values the index does not know are ignored, not shown', async ({ page }) => {
  await page.goto('search/?q=token');
  const status = page.locator('#search-status');
  await expect(status).toContainText('results for');
  const unfiltered = await status.textContent();
  await page.goto('search/?q=token&topic=Made-up%20topic&audience=%3Cb%3Enobody%3C%2Fb%3E');
  await expect(status).toHaveText(unfiltered!);
  await expect(page.locator('#search-filters')).not.toContainText('Made-up topic');
  await expect(page.locator('#search-filters')).not.toContainText('nobody');
});

test('the count is the true count, and "Show more" lists the rest', async ({ page }) => {
  await page.goto('search/?q=token');
  const status = page.locator('#search-status');
  await expect(status).toContainText('results for');
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(10);
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const shown = await results.count();
    await more.click();
    await expect(results).not.toHaveCount(shown);
    await expect(page.locator('.result-link').nth(shown)).toBeFocused();
  }
  const total = Number(/^(\d+) results for/.exec((await status.textContent())!)![1]);
  expect(total).toBeGreaterThan(10);
  await expect(results).toHaveCount(total);
});

test('each result says what kind of page it is, and none is a troubleshooter path tailored to answers', async ({
  page,
}) => {
  await page.goto('search/?q=INVALID_LOGIN');
  await expect(page.locator('#search-status')).toContainText('results for');
  const results = page.locator('#search-results > li');
  const guide = results.filter({ has: page.locator('a.result-link[href*="/guides/login-error-messages/"]') });
  await expect(guide.locator('.result-kind').first()).toHaveText('Guide');
  await expect(guide.locator('li .result-kind').first()).toHaveText('Error message');
  const result = results.filter({ has: page.locator('a.result-link[href*="/result/"]') }).first();
  await expect(result.locator('.result-kind').first()).toHaveText('Troubleshooter result');
  await page.locator('#search-page-query').fill('reset token admin');
  await page.locator('#search-page-query').press('Enter');
  await expect(page.locator('#search-status')).toContainText('for “reset token admin”');
  for (const href of await page
    .locator('.result-link')
    .evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).pathname)))
    expect(href).toMatch(/^\/(guides\/[^/]+|troubleshoot\/[^/]+\/result\/[^/]+|changes(\/.*)?)\/$/);
});

test('excerpts are sentences, without filter values or badges run into them', async ({ page }) => {
  await page.goto('search/?q=INVALID_LOGIN');
  await expect(page.locator('#search-status')).toContainText('results for');
  const excerpts = await page.locator('#search-results > li > p').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts)
    expect(excerpt).not.toMatch(/People connecting an app|Salesforce admins|Developers|Troubleshooter results|The fix/);
});

test('a misspelt word is corrected, with a link to search the words as typed', async ({ page }) => {
  await page.goto('search/?q=secuirty%20token');
  const notices = page.locator('#search-notices');
  await expect(notices).toHaveText('Showing results for security token. Search instead for secuirty token.');
  await expect(page.locator('#search-status')).toContainText('results for “secuirty token”');
  await notices.getByRole('link', { name: 'secuirty token' }).click();
  await expect(page).toHaveURL(/literal=1/);
  await expect(notices).toBeEmpty();
  await expect(page.locator('#search-status')).toContainText('for “secuirty token”');
});

test('a question that finds too little as a whole shows pages matching some of its words, and says so', async ({
  page,
}) => {
  await page.goto(`search/?q=${encodeURIComponent('will mfa requirement break api integration using security token')}`);
  await expect(page.locator('#search-notices')).toHaveText('Showing pages that match some of your words.');
  await expect(page.locator('.result-link').first()).toBeVisible();
  // A word the site does not have is left out, and the reader is told.
  await page.goto('search/?q=kangaroo%20token');
  await expect(page.locator('#search-notices')).toHaveText('Showing pages that match some of your words.');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results for “kangaroo token”$/);
});

test('when search cannot load, the page says so clearly', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('search/?q=token');
  await expect(page.locator('#search-status')).toHaveText(/^Search is not available: its index could not be loaded\./);
  await expect(page.locator('.result-link')).toHaveCount(0);
  await page.goto('guides/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('searchbox').fill('token');
  await expect(dialog.getByRole('status')).toHaveText(/^Search is not available/);
  // Once the index can be reached again, the next search works without a reload.
  await page.unroute('**/pagefind/**');
  await dialog.getByRole('searchbox').fill('sandbox');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “sandbox”$/);
});

test('on a wide screen the filters sit beside the results, not below them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('search/?q=token');
  await expect(page.locator('#search-filters fieldset').first()).toBeVisible();
  const filters = (await page.locator('#search-filters').boundingBox())!;
  const results = (await page.locator('#search-results').boundingBox())!;
  expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
  expect(filters.y).toBeLessThan(results.y + 100);
});

test('on a phone the filters wait behind a Filters button, so the results come first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('search/?q=token');
  await expect(page.locator('#search-results .result-link').first()).toBeInViewport();
  const filters = page.locator('#search-filters fieldset').first();
  await expect(filters).toBeAttached();
  await expect(filters).toBeHidden();
  const button = page.locator('summary', { hasText: 'Filters' });
  await button.click();
  await expect(filters).toBeVisible();
  await filters.locator('input').first().check();
  await expect(page).toHaveURL(/[?&](audience|topic|client)=/);
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
