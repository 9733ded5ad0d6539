import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index from the built HTML, so `astro build` alone yields
 * a searchable site. In `astro dev` it serves the last build's index, so
 * search works there too once the site has been built.
 */
export function searchIndexIntegration(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'site:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(`${base}pagefind/`)) return next();
          const file = path.join(outDir, 'pagefind', path.normalize(url.pathname.slice(`${base}pagefind/`.length)));
          const body = await readFile(file).catch(() => null);
          if (!body) return next();
          const type = file.endsWith('.js')
            ? 'text/javascript'
            : file.endsWith('.css')
              ? 'text/css'
              : 'application/octet-stream';
          response.writeHead(200, { 'content-type': type }).end(body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
