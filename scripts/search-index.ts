/**
 * `node scripts/search-index.ts <site folder>`: builds the search index of a built site
 * (src/lib/search/build-index.ts). scripts/build.sh runs it once `astro build` has exited.
 */
import { buildSearchIndex } from '../src/lib/search/build-index.ts';

const log = (message: string) =>
  `${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })} [search-index] ${message}\n`;

const site = process.argv[2];
try {
  if (!site)
    throw new Error(
      'No site folder given: astro build did not report one (src/lib/built-site-folder.ts), or name it: node scripts/search-index.ts <folder>.',
    );
  const { pages, words } = await buildSearchIndex(site);
  process.stdout.write(log(`Indexed ${pages} pages for search (${words} words for typo correction).`));
} catch (error) {
  process.stderr.write(log(`[ERROR] The search index was not built: ${(error as Error).message}`));
  process.exitCode = 1;
}
