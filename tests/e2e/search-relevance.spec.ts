/**
 * The relevance suite, through the site's own search page in one browser
 * page: every query in search-queries.ts must find one of its expected pages
 * in the top 3, with no troubleshooter result above it, so none may find nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { RELEVANCE_QUERIES } from './search-queries';
import { searchOnPage } from './search-results';

const PER_TEST = 8;

test.describe('search relevance', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;

  test.beforeAll(async ({ browser }, testInfo) => {
    const { baseURL } = testInfo.project.use;
    const context = await browser.newContext(baseURL ? { baseURL } : {});
    page = await context.newPage();
    await page.goto('search/');
  });
  test.afterAll(async () => {
    await page.context().close();
  });

  for (let start = 0; start < RELEVANCE_QUERIES.length; start += PER_TEST) {
    const queries = RELEVANCE_QUERIES.slice(start, start + PER_TEST);
    test(`queries ${start + 1}–${start + queries.length} (${[...new Set(queries.map((q) => q.kind))].join(', ')}) find their page in the top 3`, async () => {
      const misses: string[] = [];
      for (const { query, expected } of queries) {
        const top = (await searchOnPage(page, query)).slice(0, 3);
        const answer = top.findIndex((path) => expected.includes(path));
        // Guides are the main answers: no troubleshooter result may come before the guide that answers.
        const resultFirst = top.slice(0, answer).find((path) => path.startsWith('/troubleshoot/'));
        if (answer < 0 || resultFirst)
          misses.push(`"${query}": expected ${expected.join(' or ')}, top 3: ${top.join(', ') || 'nothing'}`);
      }
      expect(misses).toEqual([]);
    });
  }
});

test('the suite has at least 60 queries, at least 12 of each kind', () => {
  expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
  for (const kind of ['question', 'error message', 'misspelling', 'single term'])
    expect(RELEVANCE_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(12);
});
