import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, type BuiltPage } from '../lib/link-check.ts';
import { sourceFileForRoute } from '../lib/routes.ts';
import { withoutBase } from '../lib/url.ts';
import { throwBuildProblems } from '../lib/build-problems.ts';

const ORIGIN = 'https://site.invalid';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Fails the build when any internal link or #anchor in the built site leads nowhere. */
export function linkCheckIntegration(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'site:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const urlOf = (file: string) => `${basePath}${path.relative(root, file).split(path.sep).join('/')}`;
        const pages: BuiltPage[] = await Promise.all(
          files
            .filter((file) => file.endsWith('.html'))
            .map(async (file) => ({
              url: urlOf(file).replace(/index\.html$/, ''),
              html: await readFile(file, 'utf8'),
            })),
        );
        const broken = findBrokenLinks(pages, new Set(files.map(urlOf)), ORIGIN);
        if (broken.length === 0) {
          logger.info(`${pages.length} pages: every internal link and anchor resolves.`);
          return;
        }
        throwBuildProblems(
          'Broken internal links',
          broken.map((link) => ({
            file: sourceFileForRoute(withoutBase(basePath, link.page) ?? link.page) ?? `the built page ${link.page}`,
            where: `link "${link.href}" on ${link.page}`,
            message: `The link leads nowhere: ${link.reason}.`,
            fix:
              'Link to an existing page with a root-relative path ending in "/", such as /guides/reset-your-security-token/, ' +
              'and to an anchor that is a heading id on that page.',
          })),
        );
      },
    },
  };
}
