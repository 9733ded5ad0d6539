import type { Page } from '@playwright/test';

/**
 * Searches on the search page already open in `page`, as a reader would (type,
 * press Enter), and returns the result paths in order (without base path,
 * query or section). No page load: one page serves many queries.
 */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-page-query');
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction(
    (typed) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      return document.getElementById('search-results')?.dataset.query === typed && !status.startsWith('Searching');
    },
    query.trim(),
    { timeout: 8_000 },
  );
  return page.locator('#search-results .result-link').evaluateAll((links) => {
    const base = new URL('.', document.baseURI.replace(/search\/[^/]*$/, '')).pathname;
    return links.map((link) => `/${(link as HTMLAnchorElement).pathname.slice(base.length)}`);
  });
}
