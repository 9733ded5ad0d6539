/**
 * Builds the search index of a built site: Pagefind's index in its pagefind/ folder and, beside it,
 * the two files the forgiving search reads: the vocabulary of indexed words for typo correction and
 * the synonyms. scripts/build.sh runs it (through scripts/search-index.ts) once `astro build` has exited, so Pagefind's indexer never
 * runs beside Astro's memory.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { mapLimited } from '../map-limited.ts';
import { SEARCH_DATA } from './files.ts';
import { readSynonyms } from './synonyms-file.ts';
import { buildVocabulary, indexedText } from './vocabulary.ts';

/** Word positions per index chunk (Pagefind's unit); measured with `npm run bench` (see README). */
const INDEX_CHUNK_SIZE = 3000;

/** Every HTML file of the site, as Pagefind finds them (its default glob, "**\/*.{html}"). */
async function htmlFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Indexes the site in the folder `site`; returns how many pages Pagefind indexed and how many words typo correction knows. */
export async function buildSearchIndex(site: string): Promise<{ pages: number; words: number }> {
  const synonyms = await readSynonyms();
  // Read while Pagefind's own process indexes the same pages: one page at a time, keeping only its words,
  // so the site's HTML is never all in memory.
  const vocabulary = htmlFiles(site)
    .then((files) => mapLimited(files, 1, async (file) => indexedText(await readFile(file, 'utf8'))))
    .then(buildVocabulary);
  vocabulary.catch(() => undefined);
  // Smaller index chunks than Pagefind's default, so a query fetches little beyond its own words.
  // Pagefind's service reads this (unstable) setting from its environment when it starts.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const output = path.join(site, 'pagefind');
  let pages: number;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    pages = added.page_count;
  } finally {
    // Pagefind's process would otherwise keep this one alive after an error.
    await pagefind.close();
  }
  const words = await vocabulary;
  await writeFile(path.join(output, SEARCH_DATA.vocabulary), JSON.stringify(words));
  await writeFile(path.join(output, SEARCH_DATA.synonyms), JSON.stringify(synonyms));
  return { pages, words: words.length };
}
