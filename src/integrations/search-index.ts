import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readSynonyms } from '../lib/search/synonyms-file.ts';
import { BUILT_SITE_FOLDER_FILE } from '../lib/built-site-folder.ts';

/**
 * Astro's part in the search index, which scripts/build.sh builds once `astro build` has exited
 * (scripts/check-and-index.ts): it checks the synonyms when the build starts, so a bad entry fails
 * the build early; it tells scripts/build.sh which folder the site was written to; and in `astro dev`
 * it serves the last build's index, so search works there too once the site has been built.
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
      'astro:build:start': async () => {
        await readSynonyms();
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
              : file.endsWith('.json')
                ? 'application/json'
                : 'application/octet-stream';
          response.writeHead(200, { 'content-type': type }).end(body);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const report = process.env[BUILT_SITE_FOLDER_FILE];
        if (report) await writeFile(report, fileURLToPath(dir));
      },
    },
  };
}
