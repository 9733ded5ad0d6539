import { expect, test } from '@playwright/test';
import { readPage } from '../../src/lib/link-check';

/**
 * Crawls the served site from the home page and follows every internal link:
 * each must answer 200, and each #anchor must name an element on its page.
 */
test('every internal link and #anchor in the built site resolves', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const start = new URL(baseURL!.endsWith('/') ? baseURL! : `${baseURL}/`);
  const pages = new Map<string, Set<string>>();
  const queue: string[] = [start.pathname, `${start.pathname}404.html`];
  const links: { from: string; to: URL }[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await request.get(path);
    const html = await response.text();
    const { links: hrefs, ids } = readPage(html);
    pages.set(path, ids);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    for (const href of hrefs) {
      const to = new URL(href, new URL(path, start));
      if (to.origin !== start.origin) continue;
      links.push({ from: path, to });
      if (to.pathname.endsWith('/') && !pages.has(to.pathname)) queue.push(to.pathname);
    }
  }
  const broken: string[] = [];
  const checked = new Map<string, number>();
  for (const { from, to } of links) {
    if (!checked.has(to.pathname)) checked.set(to.pathname, (await request.get(to.pathname)).status());
    if (checked.get(to.pathname) !== 200) broken.push(`${from} → ${to.pathname}: HTTP ${checked.get(to.pathname)}`);
    const anchor = decodeURIComponent(to.hash.slice(1));
    if (anchor && !pages.get(to.pathname)?.has(anchor)) broken.push(`${from} → ${to.pathname}#${anchor}: no such id`);
  }
  expect(pages.size).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});
