/**
 * The source registry (content/sources.yaml) against the pages that cite it:
 * every id a page cites must exist, every source must be cited, ids are
 * unique and addresses are https. The schema checks one entry at a time;
 * this checks across files.
 */
import { didYouMean } from '../suggest.ts';
import type { Publisher } from '../taxonomy.ts';

export interface Source {
  id: string;
  title: string;
  url: string;
  publisher: Publisher;
  /** When someone last read the page and confirmed what the site cites from it. */
  checked: Date;
}

/** Something that cites sources: a guide, an outcome, a client or a change. */
export interface Citer {
  /** Where it is written, for error messages. */
  file: string;
  /** The entry within the file, when the file holds several (a client, a change). */
  entry?: string;
  sources: readonly string[];
}

export interface RegistryProblem {
  file: string;
  field: string;
  message: string;
}

export const SOURCES_FILE = 'content/sources.yaml';

/** Whether an address is one the site may link to as a source. */
export const isHttpsUrl = (url: string): boolean => /^https:\/\/[^\s/]+\.[^\s]+$/.test(url);

export function checkSourceRegistry(sources: readonly Source[], citers: readonly Citer[]): RegistryProblem[] {
  // Duplicate ids never get here: the registry's loader (src/data/checked-loaders.ts) refuses them with both lines.
  const problems: RegistryProblem[] = [];
  const ids = new Set(sources.map((source) => source.id));
  const byUrl = new Map<string, string>();
  for (const source of sources) {
    if (!isHttpsUrl(source.url)) {
      problems.push({
        file: SOURCES_FILE,
        field: 'url',
        message: `Source "${source.id}" has the address "${source.url}". Use the page's https:// address (open it in a browser and copy the address bar).`,
      });
    }
    const other = byUrl.get(source.url);
    if (other && other !== source.id) {
      problems.push({
        file: SOURCES_FILE,
        field: 'url',
        message: `Sources "${other}" and "${source.id}" have the same address ${source.url}. Keep one and cite its id everywhere.`,
      });
    }
    byUrl.set(source.url, source.id);
  }
  const cited = new Set<string>();
  for (const citer of citers) {
    const where = citer.entry ? `entry "${citer.entry}": ` : '';
    const seen = new Set<string>();
    for (const id of citer.sources) {
      cited.add(id);
      if (seen.has(id)) {
        problems.push({
          file: citer.file,
          field: 'sources',
          message: `${where}"${id}" is listed twice. List it once.`,
        });
      }
      seen.add(id);
      if (!ids.has(id)) {
        problems.push({
          file: citer.file,
          field: 'sources',
          message: `${where}No source "${id}" in ${SOURCES_FILE}. ${didYouMean(id, ids)}Cite the id of an entry there, or add the source to ${SOURCES_FILE} first.`,
        });
      }
    }
  }
  for (const source of sources) {
    if (!cited.has(source.id)) {
      problems.push({
        file: SOURCES_FILE,
        field: 'id',
        message: `Source "${source.id}" is not cited by any guide, troubleshooter outcome, client or change. Cite it where its facts are used, or remove it.`,
      });
    }
  }
  return problems;
}

export function formatRegistryProblems(problems: readonly RegistryProblem[]): string {
  return problems.map((problem) => `${problem.file}: field "${problem.field}": ${problem.message}`).join('\n');
}
