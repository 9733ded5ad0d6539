/**
 * The built site as the build's last step reads it (check-and-index.ts): its files, and what the checks and
 * the search vocabulary need of each HTML page, from one read of that page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readPage, type PageLinks } from '../link-check.ts';
import { gzipSize } from '../page-weight.ts';
import { parseRoute, routes } from '../routes.ts';
import { metaPolicy } from '../security-headers.ts';
import { indexedText } from '../search/vocabulary.ts';

export interface BuiltPage extends PageLinks {
  /** Its path inside the site, e.g. "guides/x/index.html". */
  file: string;
  policy: string | undefined;
  /** A guide page's route and gzipped size; undefined for other pages. */
  guide: { route: string; gzipBytes: number } | undefined;
  /** The text search indexes (see indexedText). */
  indexedText: string;
}

/** Every file of the site, as a path inside it with "/" separators. */
export async function siteFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** One HTML file of the site (`file`, a path inside it), read once. `basePath` is the site's, e.g. "/help/". */
export async function readBuiltPage(site: string, file: string, basePath: string): Promise<BuiltPage> {
  const html = await readFile(path.join(site, file), 'utf8');
  const url = `${basePath}${file}`.replace(/index\.html$/, '');
  const page = parseRoute(url, basePath);
  // Compressed on libuv's thread pool while this thread reads the links.
  const guide =
    page.kind === 'guide'
      ? gzipSize(html).then((gzipBytes) => ({ route: routes.guide(page.id), gzipBytes }))
      : undefined;
  const { links, ids } = readPage(html);
  return { file, url, links, ids, policy: metaPolicy(html), indexedText: indexedText(html), guide: await guide };
}
