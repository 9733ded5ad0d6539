import { expect, type Page } from '@playwright/test';

/** Searches on the search page, as a reader would, and returns the result paths in order (without base path or query). */
export async function topResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toHaveText(/results? for|No results/);
  const base = new URL(page.url()).pathname.replace(/search\/$/, '');
  const hrefs = await page
    .locator('#search-results .result-link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs.map((href) => `/${href.slice(base.length)}`);
}
