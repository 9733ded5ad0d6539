import type { APIRequestContext } from '@playwright/test';
import { sitemapPaths } from './site';

/**
 * The pages the site-wide gates visit: every sitemap page, the 404 page, the
 * search page with a query, and for each troubleshooter every question and
 * outcome once (the first path to each, as linked from its map's outline).
 */
export async function pagesToCheck(request: APIRequestContext): Promise<string[]> {
  const pages = await sitemapPaths(request);
  const base = pages.find((path) => /\/troubleshoot\/$/.test(path))!.replace(/troubleshoot\/$/, '');
  const steps = new Set<string>();
  for (const map of pages.filter((path) => /\/troubleshoot\/[^/]+\/map\/$/.test(path))) {
    const html = await (await request.get(map)).text();
    const outline = html.slice(html.indexOf('id="outline-heading"'));
    for (const [, href] of outline.matchAll(/<a href="([^"]+)"/g)) steps.add(href!);
  }
  return [...new Set([...pages, ...steps, `${base}search/?q=token`, `${base}no-such-page/`])];
}
