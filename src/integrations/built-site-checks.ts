import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/link-check.ts';
import { GUIDE_HTML_BUDGET_BYTES, kilobytes, pagesOverBudget } from '../lib/page-weight.ts';
import { headersFile, metaPolicy } from '../lib/security-headers.ts';
import { routes, sourceFileForRoute } from '../lib/routes.ts';
import { withoutBase } from '../lib/url.ts';
import { ContentError } from '../lib/content-problems.ts';
import { siteConfig } from '../site.config.ts';

const ORIGIN = 'https://site.invalid';

/** The built site, read once for every check: each file's URL (with the base path) and each page's HTML. */
interface BuiltSite {
  root: string;
  /** Every file's URL path, e.g. "/help/guides/x/index.html". */
  fileUrls: Set<string>;
  /** Every HTML page: its path inside the site ("guides/x/index.html"), its URL ("/help/guides/x/") and its text. */
  pages: { file: string; url: string; html: string }[];
}

async function readBuiltSite(root: string, basePath: string): Promise<BuiltSite> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const pages = await Promise.all(
    files
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => ({
        file,
        url: `${basePath}${file}`.replace(/index\.html$/, ''),
        html: await readFile(path.join(root, file), 'utf8'),
      })),
  );
  return { root, fileUrls: new Set(files.map((file) => `${basePath}${file}`)), pages };
}

/** Every internal link and #anchor must lead to a built page, file or element id. */
function checkLinks(site: BuiltSite, basePath: string, logger: AstroIntegrationLogger): void {
  const broken = findBrokenLinks(site.pages, site.fileUrls, ORIGIN);
  if (broken.length === 0) {
    logger.info(`${site.pages.length} pages: every internal link and anchor resolves.`);
    return;
  }
  const lines = broken.map((link) => {
    const source = sourceFileForRoute(withoutBase(basePath, link.page) ?? link.page);
    return `- ${link.page}${source ? ` (from ${source})` : ''}: "${link.href}": ${link.reason}`;
  });
  throw new ContentError(
    `Broken internal links (${broken.length}):\n${lines.join('\n')}\n` +
      'Fix: link to an existing page with a root-relative path ending in "/", such as /guides/reset-your-security-token/, ' +
      'and to an anchor that is a heading id on that page.',
  );
}

/** Each guide page's HTML, gzipped, must stay within its budget. */
async function checkGuideBudget(site: BuiltSite): Promise<void> {
  // A guide's page is the index.html of a folder directly under the guides' folder.
  const folder = routes.guides.slice(1);
  const guides = site.pages.flatMap(({ file, html }) => {
    const id = file.startsWith(folder) ? file.slice(folder.length, -'/index.html'.length) : '';
    return id && !id.includes('/') && file.endsWith('/index.html') ? [{ url: routes.guide(id), html }] : [];
  });
  const heavy = await pagesOverBudget(guides);
  if (heavy.length === 0) return;
  throw new ContentError(
    `Guide pages over the HTML budget of ${kilobytes(GUIDE_HTML_BUDGET_BYTES)} gzipped:\n` +
      heavy
        .map((page) => `- ${sourceFileForRoute(page.url)}: ${page.url} is ${kilobytes(page.gzipBytes)} gzipped`)
        .join('\n') +
      '\nFix: split the guide into two guides that link to each other, or move long reference material (tables, ' +
      'error lists) to its own guide.',
  );
}

/** Writes _headers (see src/lib/security-headers.ts) from the policies the pages carry; every page must carry one. */
async function writeSecurityHeaders(site: BuiltSite, basePath: string, logger: AstroIntegrationLogger): Promise<void> {
  const policies = site.pages.map(({ file, html }) => {
    const policy = metaPolicy(html);
    if (!policy)
      throw new Error(
        `${file} carries no content security policy. Fix: build every page with the site layout, which adds it.`,
      );
    return policy;
  });
  await writeFile(path.join(site.root, '_headers'), headersFile(basePath, policies));
  logger.info('_headers written: the directives every page shares, plus frame-ancestors.');
}

/**
 * The checks that need the built site, over one read of its pages: internal links and anchors
 * resolve, guide pages stay within their HTML budget, and _headers carries the policy every
 * page shares. A failed check fails the build, naming the page and its content file.
 */
export function builtSiteChecksIntegration(): AstroIntegration {
  const basePath = siteConfig.basePath;
  return {
    name: 'site:built-site-checks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = await readBuiltSite(fileURLToPath(dir), basePath);
        // The guides are gzipped on libuv's threads while the links are checked on this one.
        const budget = checkGuideBudget(site);
        budget.catch(() => undefined);
        checkLinks(site, basePath, logger);
        await budget;
        await writeSecurityHeaders(site, basePath, logger);
      },
    },
  };
}
