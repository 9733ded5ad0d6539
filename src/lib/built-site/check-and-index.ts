/**
 * The build's last step, run once `astro build` has exited (scripts/build.sh, scripts/check-and-index.ts):
 * the checks that need the built site, its _headers file and its search index.
 *
 * Pagefind's process indexes the site while this one reads each page once, for the checks and for the
 * search vocabulary: Pagefind spends much of its time creating files, so the two share the machine's
 * cores. Outside Astro's process, neither adds to the memory Astro holds.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimited } from '../map-limited.ts';
import { headersFile } from '../security-headers.ts';
import { readSynonyms } from '../search/synonyms-file.ts';
import { stopPagefind, writePagefindIndex, writeSearchData } from '../search/build-index.ts';
import { checkBuiltPages } from './checks.ts';
import { readBuiltPage, siteFiles, type BuiltPage } from './pages.ts';

// Pages read, parsed and (guides) gzipped at once: enough to keep libuv's threads busy compressing
// while this thread parses, and few enough that the site's HTML is never all in memory together.
const PAGES_AT_ONCE = 8;

/** _headers (see security-headers.ts) from the policies the pages carry; every page must carry one. */
async function writeSecurityHeaders(site: string, pages: readonly BuiltPage[], basePath: string): Promise<void> {
  const policies = pages.map(({ file, policy }) => {
    if (!policy)
      throw new Error(
        `${file} carries no content security policy. Fix: build every page with the site layout, which adds it.`,
      );
    return policy;
  });
  await writeFile(path.join(site, '_headers'), headersFile(basePath, policies));
}

/**
 * Checks the site built in the folder `site` (its base path `basePath`, e.g. "/help/"), writes its _headers and
 * search index, and says what it did through `log`. A failed check throws its problems (build-problems.ts),
 * and stops Pagefind.
 */
export async function checkAndIndex(site: string, basePath: string, log: (message: string) => void): Promise<void> {
  log(`Checking the pages in ${site} and indexing them for search…`);
  const synonyms = await readSynonyms();
  // Listed before Pagefind writes its own files into the site.
  const files = await siteFiles(site);
  const indexing = writePagefindIndex(site);
  indexing.catch(() => undefined);
  try {
    const htmlFiles = files.filter((file) => file.endsWith('.html'));
    const pages = await mapLimited(htmlFiles, PAGES_AT_ONCE, (file) => readBuiltPage(site, file, basePath));
    checkBuiltPages(pages, files, basePath);
    log(`${pages.length} pages: every internal link and anchor resolves.`);
    await writeSecurityHeaders(site, pages, basePath);
    log('_headers written: the directives every page shares, plus frame-ancestors.');
    const indexed = await indexing;
    const words = await writeSearchData(
      site,
      pages.map((page) => page.indexedText),
      synonyms,
    );
    log(`Indexed ${indexed} pages for search (${words} words for typo correction).`);
  } finally {
    await stopPagefind();
  }
}

/** A line as Astro's logger writes one: time, the step's name, the message. */
const logLine = (message: string) =>
  `${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })} [check-and-index] ${message}\n`;

/**
 * checkAndIndex, printing as `astro build` prints: what it did to `out`, a failure (the problems, or why it could not
 * run) to `err`. Returns whether it succeeded.
 */
export async function runCheckAndIndex(
  site: string | undefined,
  basePath: string,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<boolean> {
  try {
    if (!site)
      throw new Error(
        'No site folder given: astro build did not report one (src/lib/built-site-folder.ts), or name it: node scripts/check-and-index.ts <folder>.',
      );
    await checkAndIndex(site, basePath, (message) => out(logLine(message)));
    return true;
  } catch (error) {
    err(logLine(`[ERROR] ${(error as Error).message}`));
    return false;
  }
}
