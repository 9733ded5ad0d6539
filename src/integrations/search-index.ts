import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { parseSynonyms } from '../lib/search/synonyms';
import { contentDir } from '../lib/content-dir';
import { buildVocabulary, indexedText } from '../lib/search/vocabulary';
import { SEARCH_DATA } from '../lib/search/files';
import { mapLimited } from '../lib/map-limited';

/** Word positions per index chunk (Pagefind's unit); measured with `npm run bench` (see README). */
const INDEX_CHUNK_SIZE = 3000;

/**
 * Builds the Pagefind index from the built HTML, so `astro build` alone yields
 * a searchable site, and beside it the two files the forgiving search reads:
 * the synonyms (checked here, so a bad entry fails the build) and the
 * vocabulary of indexed words for typo correction. In `astro dev` it serves
 * the last build's index, so search works there too once the site has been built.
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
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        // Read on this thread while Pagefind's own process indexes the same pages: one page at a time, keeping
        // only its words, so the site's HTML is never all in memory beside Pagefind.
        const vocabulary = mapLimited(pages, 1, async ({ pathname }) =>
          indexedText(await readFile(path.join(site, pathname, 'index.html'), 'utf8').catch(() => '')),
        ).then(buildVocabulary);
        vocabulary.catch(() => undefined);
        // Smaller index chunks than Pagefind's default, so a query fetches little beyond its own words.
        // Pagefind's service reads this (unstable) setting from its environment when it starts.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const output = path.join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const words = await vocabulary;
        await writeFile(path.join(output, SEARCH_DATA.vocabulary), JSON.stringify(words));
        await writeFile(path.join(output, SEARCH_DATA.synonyms), JSON.stringify(await readSynonyms()));
        logger.info(`Indexed ${added.page_count} pages for search (${words.length} words for typo correction).`);
      },
    },
  };
}

async function readSynonyms() {
  const file = contentDir('search-synonyms.yaml');
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  return parseSynonyms(data, file);
}
