import { expect, test } from '@playwright/test';
import { crawlInternalLinks } from './crawl';

test('every internal link and #anchor in the built site resolves', async ({ request, baseURL }) => {
  const { pages, broken } = await crawlInternalLinks(request, baseURL!);
  expect(pages).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
