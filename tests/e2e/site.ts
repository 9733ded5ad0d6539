import type { APIRequestContext } from '@playwright/test';

/** Every page the sitemap lists, as paths relative to the base URL ("guides/x/"). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const sitemap of index.match(/<loc>[^<]+<\/loc>/g) ?? []) {
    const url = new URL(sitemap.slice(5, -6));
    const xml = await (await request.get(url.pathname)).text();
    for (const loc of xml.match(/<loc>[^<]+<\/loc>/g) ?? []) paths.push(new URL(loc.slice(5, -6)).pathname);
  }
  if (paths.length === 0) throw new Error('The sitemap lists no pages.');
  return paths;
}

/** The sitemap paths of guide pages. */
export async function guidePaths(request: APIRequestContext): Promise<string[]> {
  return (await sitemapPaths(request)).filter((path) => /\/guides\/[^/]+\/$/.test(path));
}
