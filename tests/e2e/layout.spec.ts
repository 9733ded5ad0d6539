/**
 * The reader-facing layout (issue 15) in Chromium at 320, 375 and 1,280 px: guide
 * layout, home page tasks, no sideways scrolling, tabs, copy buttons, heading
 * anchors, the search dialog on phones, and axe in dark mode on the pages it changed.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';

const WIDTHS = [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
  { width: 1280, height: 720 },
];
const PHONES = WIDTHS.filter(({ width }) => width < 400);
const CLIENT_GUIDE = 'guides/use-the-token-in-your-client/';
const TABS_GUIDE = 'guides/security-token-code-examples/';

const PAGE_KINDS = [
  '',
  'guides/',
  CLIENT_GUIDE,
  TABS_GUIDE,
  'guides/reset-option-missing/',
  'troubleshoot/',
  'troubleshoot/token/get-a-token/',
  'troubleshoot/token/get-a-token/data-loader/not-sure/',
  'troubleshoot/token/result/reset-token/',
  'troubleshoot/token/map/',
  'search/?q=token',
  'no-such-page/',
];

for (const viewport of PHONES) {
  test(`on a ${viewport.width} px phone a guide's title comes before its collapsed contents list`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('guides/reset-option-missing/');
    const title = page.getByRole('heading', { level: 1 });
    const contents = page.locator('.toc');
    const firstEntry = contents.getByRole('link').first();
    expect((await title.boundingBox())!.y).toBeLessThan((await contents.boundingBox())!.y);
    await expect(title).toBeInViewport();
    await expect(firstEntry).toBeHidden();
    await contents.getByText('On this page').click();
    await expect(firstEntry).toBeVisible();
    await firstEntry.click();
    await expect(page).toHaveURL(/#why-the-option-disappears$/);
  });

  test(`on a ${viewport.width} px phone the header is one compact row and its menu holds the guides`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('guides/reset-option-missing/');
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(80);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await page.getByRole('banner').getByText('Menu').click();
    const guides = page.getByRole('banner').getByRole('navigation', { name: 'Guides' });
    await expect(guides.getByRole('link', { name: 'Reset My Security Token is missing' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('banner').getByRole('button', { name: /^Theme:/ })).toBeVisible();
  });
}

test('on a wide screen the topic nav is on the left with the current guide marked, the contents on the right', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('guides/reset-option-missing/');
  const nav = page.getByRole('navigation', { name: 'Guides by topic' });
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveText('Reset My Security Token is missing');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link').first()).toBeVisible();
  const article = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect((await nav.boundingBox())!.x).toBeLessThan(article.x);
  expect((await contents.boundingBox())!.x).toBeGreaterThan(article.x + article.width / 2);
});

for (const viewport of WIDTHS) {
  test(`no kind of page scrolls sideways at ${viewport.width} px`, async ({ page }) => {
    test.setTimeout(30_000);
    await page.setViewportSize(viewport);
    const overflowing: string[] = [];
    for (const path of PAGE_KINDS) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > viewport.width) overflowing.push(`${path}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
  });

  test(`the home page links the reset guide and the admin troubleshooter in its first screen at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('');
    const tasks = page.getByRole('region', { name: 'Most asked' });
    await expect(tasks.locator('a[href$="/guides/reset-your-security-token/"]')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('searchbox')).toBeInViewport({ ratio: 1 });
    if (viewport.width > 1000)
      await expect(tasks.locator('a[href$="/troubleshoot/user-cant-reset/"]')).toBeInViewport({ ratio: 1 });
  });
}

test('the client table becomes one card per client on a phone, with no word broken', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(CLIENT_GUIDE);
  const rows = page.locator('.table-scroll tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  // In a card the client's name sits above its details, each as wide as the card.
  const cards = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.getBoundingClientRect())),
  );
  for (const [name, placement, how] of cards) {
    expect(placement!.top).toBeGreaterThanOrEqual(name!.bottom - 1);
    expect(how!.top).toBeGreaterThanOrEqual(placement!.bottom - 1);
    expect(how!.width).toBeGreaterThan(250);
  }
  // A word broken mid-word ("Dat/a/Loa/der") takes more lines than the text has words.
  const names = await rows.locator('th').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      return { text: cell.textContent!.trim(), lines, words: cell.textContent!.trim().split(/\s+/).length };
    }),
  );
  expect(names.filter((name) => name.lines > name.words)).toEqual([]);
});

test('the admin troubleshooter is reachable from home and from an admin guide', async ({ page }) => {
  await page.goto('');
  await page
    .getByRole('region', { name: 'Most asked' })
    .getByRole('link', { name: /why can.t my user reset/i })
    .click();
  await expect(page).toHaveURL(/\/troubleshoot\/user-cant-reset\/$/);
  await expect(page.getByText(/Why can't my user reset their security token\?/).first()).toBeVisible();
  await page.goto('guides/trusted-ip-ranges-vs-login-ip-ranges/');
  await page.getByRole('link', { name: /Why can't my user reset their security token\?/ }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/user-cant-reset\/$/);
});

test('tabs switch with clicks and arrow keys, and remember the choice on the next page', async ({ page }) => {
  await page.goto(TABS_GUIDE);
  const tabs = page.getByRole('tablist', { name: 'Client' });
  await expect(tabs.getByRole('tab')).toHaveCount(5);
  await expect(tabs.getByRole('tab', { name: 'SOAP API login()' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
  await tabs.getByRole('tab', { name: 'jsforce (Node.js)' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('jsforce takes the token added to the end of the password');
  await expect(page.getByText('simple_salesforce takes the token in its own argument')).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: 'simple_salesforce (Python)' })).toBeFocused();
  await expect(page.getByText('simple_salesforce takes the token in its own argument')).toBeVisible();
  await page.goto('guides/');
  await page.goto(TABS_GUIDE);
  await expect(tabs.getByRole('tab', { name: 'simple_salesforce (Python)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('simple_salesforce takes the token in its own argument')).toBeVisible();
});

test('a link to a heading inside a hidden tab opens that tab', async ({ page }) => {
  await page.goto(`${TABS_GUIDE}#data-loader`);
  await expect(page.getByRole('tab', { name: 'Data Loader' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Choose Password Authentication as the login mode')).toBeVisible();
});

test('code blocks get a copy button that copies the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(TABS_GUIDE);
  const block = page
    .locator('.code-block')
    .filter({ has: page.locator('pre:visible') })
    .first();
  await block.getByRole('button', { name: 'Copy code' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('pre').textContent());
});

test('each heading in the contents has a link to itself beside it', async ({ page }) => {
  await page.goto('guides/login-error-messages/');
  const entries = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  expect(await entries.count()).toBeGreaterThan(3);
  for (const entry of await entries.all()) {
    const id = decodeURIComponent((await entry.getAttribute('href'))!.slice(1));
    const text = (await entry.textContent())!.trim();
    await expect(page.getByRole('link', { name: `Link to this section: ${text}`, exact: true })).toHaveAttribute(
      'href',
      `#${id}`,
    );
  }
});

test('on a phone the search dialog fills the screen and its box does not move while results load', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('guides/');
  await page
    .getByRole('banner')
    .getByRole('link', { name: /Search/ })
    .click();
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('searchbox');
  await expect(box).toBeFocused();
  expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
  const before = (await box.boundingBox())!.y;
  await box.fill('reset token');
  await expect(dialog.locator('.result-link').first()).toBeVisible();
  expect((await box.boundingBox())!.y).toBe(before);
});

test('on a wide screen the search dialog is pinned near the top, so its box does not move while results load', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('guides/');
  await page.keyboard.press('/');
  const box = page.getByRole('dialog').getByRole('searchbox');
  await expect(box).toBeFocused();
  const before = (await box.boundingBox())!.y;
  expect(before).toBeLessThan(150);
  await box.fill('reset token');
  await expect(page.getByRole('dialog').locator('.result-link').first()).toBeVisible();
  expect((await box.boundingBox())!.y).toBe(before);
});

test('colours do not depend on light-dark(), which older browsers lack', async ({ page, request }) => {
  await page.goto('');
  const sheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(sheets.length).toBeGreaterThan(0);
  for (const href of sheets) expect(await (await request.get(href)).text()).not.toContain('light-dark(');
});

const visit = (path: string) => async (page: Page) => void (await page.goto(path));

/**
 * What the reader sees in each dark-mode axe run: one page of each kind (search marks are the
 * colours most at risk). `phone: true` also runs it at 375 px, where the page shows parts a wide
 * screen does not (cards, the collapsed contents, the full-screen dialog, the outline first).
 */
const DARK_SCENES: Record<string, { open: (page: Page) => Promise<void>; phone?: true }> = {
  home: { open: visit(''), phone: true },
  'guide index': { open: visit('guides/') },
  'guide with cards and a diagram': { open: visit(CLIENT_GUIDE), phone: true },
  'guide with tabs': { open: visit(TABS_GUIDE), phone: true },
  'guide with a diagram and the admin link': { open: visit('guides/reset-option-missing/') },
  'troubleshooter index': { open: visit('troubleshoot/') },
  'question page': { open: visit('troubleshoot/token/get-a-token/') },
  'outcome page with its answers': { open: visit('troubleshoot/token/get-a-token/data-loader/not-sure/') },
  'result page': { open: visit('troubleshoot/token/result/reset-token/') },
  'troubleshooter map': { open: visit('troubleshoot/token/map/'), phone: true },
  '404 page': { open: visit('no-such-page/') },
  'search page with results': {
    open: async (page) => {
      await page.goto('search/?q=token');
      await expect(page.locator('#search-results mark').first()).toBeVisible();
    },
  },
  'search dialog with results': {
    open: async (page) => {
      await page.goto('guides/');
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('security token');
      await expect(page.getByRole('dialog').locator('mark').first()).toBeVisible();
    },
    phone: true,
  },
  'page opened from a result': {
    open: async (page) => {
      await page.goto('guides/');
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('security token');
      await page.getByRole('dialog').locator('.result-link').first().click();
      await expect(page.locator('mark.search-hit').first()).toBeVisible();
    },
  },
};

for (const [scene, { open, phone }] of Object.entries(DARK_SCENES)) {
  for (const width of phone ? [375, 1280] : [1280]) {
    test(`axe finds nothing in dark mode at ${width} px: ${scene}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('axe finds nothing with Dark chosen on a light system, and the menu open on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(CLIENT_GUIDE);
  await page.getByRole('banner').getByText('Menu').click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Theme:/ })
    .click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Theme:/ })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page)).toEqual([]);
});

test('a saved Dark theme is applied before the body is parsed, so there is no light flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('guides/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(CLIENT_GUIDE);
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
});

test('the 404 page, served at any unknown address, claims no canonical address; a guide names its own', async ({
  page,
}) => {
  await page.goto('no-such-page/');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await page.goto(CLIENT_GUIDE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/guides\/use-the-token-in-your-client\/$/,
  );
});
