import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUIDE_HTML_BUDGET_BYTES, kilobytes, pagesOverBudget } from '../lib/page-weight.ts';
import { sourceFileForRoute, routes } from '../lib/routes.ts';
import { ContentError } from '../lib/build-problems.ts';

/** Fails the build when a guide page's HTML is over its gzipped budget, naming the guide file and its size. */
export function guideBudgetIntegration(): AstroIntegration {
  return {
    name: 'site:guide-budget',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const guidesDir = path.join(fileURLToPath(dir), routes.guides);
        const ids = (await readdir(guidesDir, { withFileTypes: true }).catch(() => []))
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name);
        const pages = await Promise.all(
          ids.map(async (id) => ({
            url: routes.guide(id),
            html: await readFile(path.join(guidesDir, id, 'index.html'), 'utf8'),
          })),
        );
        const heavy = pagesOverBudget(pages);
        if (heavy.length === 0) return;
        throw new ContentError(
          `Guide pages over the HTML budget of ${kilobytes(GUIDE_HTML_BUDGET_BYTES)} gzipped:\n` +
            heavy
              .map((page) => `- ${sourceFileForRoute(page.url)}: ${page.url} is ${kilobytes(page.gzipBytes)} gzipped`)
              .join('\n') +
            '\nFix: split the guide into two guides that link to each other, or move long reference material (tables, ' +
            'error lists) to its own guide.',
        );
      },
    },
  };
}
