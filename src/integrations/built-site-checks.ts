import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, readPage, type PageLinks } from '../lib/link-check.ts';
import { GUIDE_HTML_BUDGET_BYTES, gzipSize, kilobytes } from '../lib/page-weight.ts';
import { headersFile, metaPolicy } from '../lib/security-headers.ts';
import { routes, sourceFileForRoute } from '../lib/routes.ts';
import { guideFileName } from '../lib/content-dir.ts';
import { withoutBase } from '../lib/url.ts';
import { throwBuildProblems } from '../lib/build-problems.ts';
import { mapLimited } from '../lib/map-limited.ts';
import { siteConfig } from '../site.config.ts';

const ORIGIN = 'https://site.invalid';

/** What the checks need of each built page, read once: its links and ids, its policy, and a guide's gzipped size. */
interface ReadPage extends PageLinks {
  /** Its path inside the site, e.g. "guides/x/index.html". */
  file: string;
  policy: string | undefined;
  /** A guide page's route and gzipped size; undefined for other pages. */
  guide: { route: string; gzipBytes: number } | undefined;
}

// Pages read, parsed and (guides) gzipped at once: enough to keep libuv's threads busy compressing
// while this thread parses, and few enough that the site's HTML is never all in memory together.
const PAGES_AT_ONCE = 8;

/** Every file below dir, as a path inside root with "/" separators; folders named by skip are left out. */
async function filesIn(root: string, skip: (name: string) => boolean = () => false, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return skip(entry.name) ? [] : filesIn(root, skip, full);
      return entry.isFile() ? [path.relative(root, full).split(path.sep).join('/')] : [];
    }),
  );
  return nested.flat();
}

/** A guide's page is the index.html of a folder directly under the guides' folder; its route, or null. */
function guideRoute(file: string): string | null {
  const folder = routes.guides.slice(1);
  const id = file.startsWith(folder) ? file.slice(folder.length, -'/index.html'.length) : '';
  return id && !id.includes('/') && file.endsWith('/index.html') ? routes.guide(id) : null;
}

async function readBuiltPage(root: string, file: string, basePath: string): Promise<ReadPage> {
  const html = await readFile(path.join(root, file), 'utf8');
  const route = guideRoute(file);
  // Compressed on libuv's thread pool while this thread reads the links.
  const gzipBytes = route ? gzipSize(html) : undefined;
  const { links, ids } = readPage(html);
  return {
    file,
    url: `${basePath}${file}`.replace(/index\.html$/, ''),
    links,
    ids,
    policy: metaPolicy(html),
    guide: route && gzipBytes ? { route, gzipBytes: await gzipBytes } : undefined,
  };
}

/**
 * The pages as soon as Astro has written them, while its own temporary folders (".prerender") are
 * still being removed: those are skipped, and whatever this early read missed (all of it, if it
 * failed) is read at the end.
 */
async function readWrittenPages(root: string, basePath: string): Promise<Map<string, ReadPage>> {
  try {
    const files = (await filesIn(root, (name) => name.startsWith('.'))).filter((file) => file.endsWith('.html'));
    const pages = await mapLimited(files, PAGES_AT_ONCE, (file) => readBuiltPage(root, file, basePath));
    return new Map(pages.map((page) => [page.file, page]));
  } catch {
    return new Map();
  }
}

/** Every internal link and #anchor must lead to a built page, file or element id. */
function checkLinks(pages: ReadPage[], fileUrls: Set<string>, basePath: string, logger: AstroIntegrationLogger): void {
  const broken = findBrokenLinks(pages, fileUrls, ORIGIN);
  if (broken.length === 0) {
    logger.info(`${pages.length} pages: every internal link and anchor resolves.`);
    return;
  }
  throwBuildProblems(
    'Broken internal links',
    broken.map((link) => ({
      file:
        sourceFileForRoute(withoutBase(basePath, link.page) ?? link.page, guideFileName) ??
        `the built page ${link.page}`,
      where: `link "${link.href}" on ${link.page}`,
      message: `The link leads nowhere: ${link.reason}.`,
      fix:
        'Link to an existing page with a root-relative path ending in "/", such as /guides/reset-your-security-token/, ' +
        'and to an anchor that is a heading id on that page.',
    })),
  );
}

/** Each guide page's HTML, gzipped, must stay within its budget. */
function checkGuideBudget(pages: ReadPage[]): void {
  const sized = pages.flatMap(({ guide }) => (guide ? [{ url: guide.route, gzipBytes: guide.gzipBytes }] : []));
  throwBuildProblems(
    `Guide pages over the HTML budget of ${kilobytes(GUIDE_HTML_BUDGET_BYTES)} gzipped`,
    sized
      .filter((page) => page.gzipBytes > GUIDE_HTML_BUDGET_BYTES)
      .map((page) => ({
        file: sourceFileForRoute(page.url, guideFileName) ?? `the built page ${page.url}`,
        where: 'the whole file',
        message: `${page.url} is ${kilobytes(page.gzipBytes)} gzipped.`,
        fix:
          'Split the guide into two guides that link to each other, or move long reference material (tables, ' +
          'error lists) to its own guide.',
      })),
  );
}

/** Writes _headers (see src/lib/security-headers.ts) from the policies the pages carry; every page must carry one. */
async function writeSecurityHeaders(
  root: string,
  pages: ReadPage[],
  basePath: string,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const policies = pages.map(({ file, policy }) => {
    if (!policy)
      throw new Error(
        `${file} carries no content security policy. Fix: build every page with the site layout, which adds it.`,
      );
    return policy;
  });
  await writeFile(path.join(root, '_headers'), headersFile(basePath, policies));
  logger.info('_headers written: the directives every page shares, plus frame-ancestors.');
}

/**
 * The checks that need the built site, over one read of its pages: internal links and anchors
 * resolve, guide pages stay within their HTML budget, and _headers carries the policy every
 * page shares. A failed check fails the build, naming the page and its content file.
 *
 * The pages are read as soon as they are written (astro:build:generated), so the reading, parsing
 * and gzipping overlap the other integrations' build:done hooks (the sitemap's);
 * the checks themselves run in build:done, once every file is there.
 */
export function builtSiteChecksIntegration(): AstroIntegration {
  const basePath = siteConfig.basePath;
  let early: Promise<Map<string, ReadPage>> | undefined;
  // Not awaited, so the reading overlaps the hooks that run before build:done reaches this integration.
  const startReading = (dir: URL) => {
    early = readWrittenPages(fileURLToPath(dir), basePath);
  };
  return {
    name: 'site:built-site-checks',
    hooks: {
      'astro:build:generated': ({ dir }) => startReading(dir),
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (await early) ?? new Map<string, ReadPage>();
        const files = await filesIn(root);
        const pages = await mapLimited(
          files.filter((file) => file.endsWith('.html')),
          PAGES_AT_ONCE,
          async (file) => read.get(file) ?? readBuiltPage(root, file, basePath),
        );
        checkLinks(pages, new Set(files.map((file) => `${basePath}${file}`)), basePath, logger);
        checkGuideBudget(pages);
        await writeSecurityHeaders(root, pages, basePath, logger);
      },
    },
  };
}
