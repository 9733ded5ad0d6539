import type { APIRequestContext } from '@playwright/test';
import { readPage } from '../../src/lib/link-check';

/**
 * Crawls the served site from its home and 404 pages, following every
 * internal link. Returns how many pages it read and every link that does not
 * answer 200 or whose #anchor names no element on its page.
 */
export async function crawlInternalLinks(
  request: APIRequestContext,
  baseURL: string,
): Promise<{ pages: number; broken: string[] }> {
  const start = new URL(baseURL.endsWith('/') ? baseURL : `${baseURL}/`);
  const ids = new Map<string, Set<string>>();
  const queue = [start.pathname, `${start.pathname}404.html`];
  const links: { from: string; to: URL }[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (ids.has(path)) continue;
    const page = readPage(await (await request.get(path)).text());
    ids.set(path, page.ids);
    for (const href of page.links) {
      const to = new URL(href, new URL(path, start));
      if (to.origin !== start.origin) continue;
      links.push({ from: path, to });
      if (to.pathname.endsWith('/') && !ids.has(to.pathname)) queue.push(to.pathname);
    }
  }
  const status = new Map<string, number>();
  const broken: string[] = [];
  for (const { from, to } of links) {
    if (!status.has(to.pathname)) status.set(to.pathname, (await request.get(to.pathname)).status());
    if (status.get(to.pathname) !== 200) broken.push(`${from} → ${to.pathname}: HTTP ${status.get(to.pathname)}`);
    const anchor = decodeURIComponent(to.hash.slice(1));
    if (anchor && !ids.get(to.pathname)?.has(anchor)) broken.push(`${from} → ${to.pathname}#${anchor}: no such id`);
  }
  return { pages: ids.size, broken: [...new Set(broken)] };
}
