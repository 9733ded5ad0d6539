/**
 * The pages of the root build, read from dist/ while Playwright collects the tests, so that each
 * page can be a test of its own (short tests hold on a busy machine; one long loop does not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(import.meta.dirname, '../../dist');

function read(file: string): string {
  try {
    return readFileSync(path.join(DIST, file), 'utf8');
  } catch {
    throw new Error(`dist/${file} is missing: run \`npm run build\` before the browser tests.`);
  }
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);

/** Every page the root build's sitemap lists, as paths relative to the site root ("guides/x/"). */
export function builtSitemapPaths(): string[] {
  const sitemaps = readdirSync(DIST).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const paths = sitemaps.flatMap((file) => locs(read(file))).map((pathname) => pathname.replace(/^\//, ''));
  if (paths.length === 0) throw new Error('The sitemap in dist/ lists no pages.');
  return paths;
}

/** The guide pages of the root build. */
export function builtGuidePaths(): string[] {
  return builtSitemapPaths().filter((page) => /^guides\/[^/]+\/$/.test(page));
}

/** A page the site-wide gates visit, and whether axe checks it there. */
export interface GatedPage {
  path: string;
  axe: boolean;
}

/**
 * The pages the site-wide gates visit: every sitemap page, the 404 page, the search page with a
 * query, and for each troubleshooter every question and outcome once (the first path to each, as
 * linked from its map's outline). Axe checks every page except most path pages: those share their
 * template with the other questions, and their outcome text with the result pages axe checks in
 * full, so axe checks each tree's first question and first outcome page and every fifth path page.
 */
export function pagesToCheck(): GatedPage[] {
  const pages = builtSitemapPaths();
  const steps = pages
    .filter((page) => /^troubleshoot\/[^/]+\/map\/$/.test(page))
    .flatMap((map) => {
      const html = read(`${map}index.html`);
      const outline = html.slice(html.indexOf('id="outline-heading"'));
      const links = [...outline.matchAll(/<a href="\/([^"]+)">(Question|Result):/g)]
        .map(([, path, kind]) => ({ path: path!, kind: kind! }))
        .filter(({ path }) => !pages.includes(path));
      return links.map(({ path, kind }, index) => ({
        path,
        axe: index % 5 === 0 || links.findIndex((link) => link.kind === kind) === index,
      }));
    });
  return [...[...pages, 'search/?q=token', 'no-such-page/'].map((path) => ({ path, axe: true })), ...steps];
}
