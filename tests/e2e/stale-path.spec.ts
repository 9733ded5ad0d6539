/**
 * The 404 page's repair of a stale troubleshooter address: it walks forward
 * from the tree's start, so a long address costs as many requests as the tree
 * is deep, and a failed request does not stop the page from offering a way on.
 */
import { expect, test, type Page } from '@playwright/test';

const VALID = 'troubleshoot/token/get-a-token/data-loader/';
const LONG = `${VALID}${Array.from({ length: 1000 }, (_, i) => `gone-${i}`).join('/')}/`;

/** The HEAD requests the page makes under /troubleshoot/. */
function headRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'HEAD') asked.push(new URL(request.url()).pathname);
  });
  return asked;
}

const continueLink = (page: Page) =>
  page
    .getByRole('region', { name: 'This troubleshooter step has changed' })
    .getByRole('link', { name: 'Continue from your last valid answer' });

test('a 1,000-answer stale address is repaired with one request per valid step and one more', async ({ page }) => {
  const asked = headRequests(page);
  const response = await page.goto(LONG);
  expect(response?.status()).toBe(404);
  await expect(continueLink(page)).toHaveAttribute('href', `/${VALID}`);
  expect(asked).toEqual([
    '/troubleshoot/token/',
    '/troubleshoot/token/get-a-token/',
    '/troubleshoot/token/get-a-token/data-loader/',
    '/troubleshoot/token/get-a-token/data-loader/gone-0/',
  ]);
});

test('a network error during the repair still offers the last step known to exist', async ({ page }) => {
  await page.route('**/troubleshoot/token/get-a-token/data-loader/', (route) =>
    route.request().method() === 'HEAD' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await page.goto(`${VALID}no-such-answer/`);
  await expect(continueLink(page)).toHaveAttribute('href', '/troubleshoot/token/get-a-token/');
  await continueLink(page).click();
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/$/);
});

test('an address under an unknown tree offers no repair', async ({ page }) => {
  const asked = headRequests(page);
  await page.goto('troubleshoot/no-such-tree/a/b/c/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect.poll(() => asked.length).toBe(1);
  await expect(page.locator('#stale-troubleshooter')).toBeHidden();
});
