import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../content-dir.ts';
import { parseSynonyms, type SynonymGroup } from './synonyms.ts';

/** The synonyms in content/search-synonyms.yaml, checked (see parseSynonyms); a bad file throws naming it. */
export async function readSynonyms(): Promise<SynonymGroup[]> {
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
