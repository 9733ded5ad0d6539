/**
 * The same site built under /help/ (npm run build:subpath), with an edit URL
 * and a feedback endpoint configured.
 */
import { expect, test } from '@playwright/test';
import { crawlInternalLinks } from './crawl';
import { answerLink } from './troubleshooter';

test('every internal link and anchor resolves under /help/', async ({ request, baseURL }) => {
  const { pages, broken } = await crawlInternalLinks(request, baseURL!);
  expect(pages).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

test('home → guide → troubleshooter outcome → search, all under /help/', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveURL(/\/help\/$/);
  await page.getByRole('link', { name: 'Browse all guides' }).click();
  await expect(page).toHaveURL(/\/help\/guides\/$/);
  await page.getByRole('link', { name: 'Reset your security token' }).first().click();
  await expect(page).toHaveURL(/\/help\/guides\/reset-your-security-token\/$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Troubleshooter' }).click();
  await page
    .getByRole('main')
    .getByRole('link', { name: 'Why do I need a security token and how do I get one?', exact: true })
    .click();
  await answerLink(page, 'Getting a security token for an app or tool').click();
  await answerLink(page, 'Nothing, I only use Salesforce in a web browser').click();
  await expect(page).toHaveURL(/\/help\/troubleshoot\/token\/get-a-token\/browser-only\/$/);
  await expect(page.locator('.outcome-kind')).toHaveText('No token needed');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('sandbox');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('for “sandbox”');
  await page.getByRole('dialog').locator('.result-link').first().click();
  await expect(page).toHaveURL(/\/help\/guides\/[^/]+\/\?highlight=sandbox/);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
});

test('a guide links to its source file from the configured edit URL', async ({ page }) => {
  await page.goto('guides/reset-your-security-token/');
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    'https://example.com/security-token-help/edit/main/content/guides/reset-your-security-token.md',
  );
});

test('with a feedback endpoint set, a vote is sent to it', async ({ page }) => {
  const votes: unknown[] = [];
  await page.route('**/help/feedback-endpoint-for-tests/', async (route) => {
    votes.push(route.request().postDataJSON());
    await route.fulfill({ status: 204 });
  });
  await page.goto('guides/reset-your-security-token/');
  await page
    .getByRole('region', { name: 'Did this answer your question?' })
    .getByRole('button', { name: 'Yes' })
    .click();
  await expect.poll(() => votes).toEqual([{ page: 'guides/reset-your-security-token', helpful: true }]);
});

test('SITE_URL sets the canonical link, Open Graph URL and sitemap addresses', async ({ page, request }) => {
  await page.goto('guides/reset-your-security-token/');
  const expected = 'https://help.example.com/help/guides/reset-your-security-token/';
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', expected);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', expected);
  const index = await (await request.get('sitemap-index.xml')).text();
  expect(index).toContain('<loc>https://help.example.com/help/sitemap-0.xml</loc>');
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain(`<loc>${expected}</loc>`);
  expect(sitemap).not.toContain('token-help.example.org');
});
