/**
 * The search index of a built site: Pagefind's index in its pagefind/ folder and, beside it, the two files
 * the forgiving search reads, the vocabulary of indexed words for typo correction and the synonyms.
 * The build's last step (../built-site/check-and-index.ts) writes them once `astro build` has exited, so
 * Pagefind's indexer never runs beside Astro's memory.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_DATA } from './files.ts';
import type { SynonymGroup } from './synonyms.ts';
import { buildVocabulary } from './vocabulary.ts';

/** Word positions per index chunk (Pagefind's unit); measured with `npm run bench` (see README). */
const INDEX_CHUNK_SIZE = 3000;

/**
 * Pagefind's index of the site in the folder `site`, built by Pagefind's own process; resolves to the number of
 * HTML files it read (its "Indexed N pages"). The caller ends that process with stopPagefind(), done or not.
 */
export async function writePagefindIndex(site: string): Promise<number> {
  // Smaller index chunks than Pagefind's default, so a query fetches little beyond its own words.
  // Pagefind's service reads this (unstable) setting from its environment when it starts.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  return added.page_count;
}

/** Ends Pagefind's process, whatever it is doing: left running, it would keep this one alive. */
export const stopPagefind = () => pagefind.close();

/** Writes the vocabulary of `indexedTexts` (see vocabulary.ts) and the synonyms into Pagefind's folder; returns how many words. */
export async function writeSearchData(
  site: string,
  indexedTexts: Iterable<string>,
  synonyms: readonly SynonymGroup[],
): Promise<number> {
  const words = buildVocabulary(indexedTexts);
  const output = path.join(site, 'pagefind');
  await writeFile(path.join(output, SEARCH_DATA.vocabulary), JSON.stringify(words));
  await writeFile(path.join(output, SEARCH_DATA.synonyms), JSON.stringify(synonyms));
  return words.length;
}
