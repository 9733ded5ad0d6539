/**
 * The source registry (content/sources.yaml) against the pages that cite it:
 * every id a page cites must exist, every source must be cited, ids are
 * unique and addresses are https. The schema checks one entry at a time;
 * this checks across files.
 */
import { didYouMean } from '../suggest.ts';
import type { BuildProblem } from '../build-problems.ts';
import type { Source } from '../content-schema.ts';

/** Something that cites sources: a guide, an outcome, a client or a change. */
export interface Citer {
  /** Where it is written, for error messages. */
  file: string;
  /** The entry within the file, when the file holds several (a client, a change). */
  entry?: string;
  sources: readonly string[];
}

export const SOURCES_FILE = 'content/sources.yaml';

/** Whether an address is one the site may link to as a source. */
export const isHttpsUrl = (url: string): boolean => /^https:\/\/[^\s/]+\.[^\s]+$/.test(url);

export function checkSourceRegistry(sources: readonly Source[], citers: readonly Citer[]): BuildProblem[] {
  // Duplicate ids never get here: the registry's loader (src/data/checked-loaders.ts) refuses them with both lines.
  const problems: BuildProblem[] = [];
  const ids = new Set(sources.map((source) => source.id));
  const byUrl = new Map<string, string>();
  for (const source of sources) {
    if (!isHttpsUrl(source.url)) {
      problems.push({
        file: SOURCES_FILE,
        where: 'url',
        message: `Source "${source.id}" has the address "${source.url}".`,
        fix: "Use the page's https:// address (open it in a browser and copy the address bar).",
      });
    }
    const other = byUrl.get(source.url);
    if (other && other !== source.id) {
      problems.push({
        file: SOURCES_FILE,
        where: 'url',
        message: `Sources "${other}" and "${source.id}" have the same address ${source.url}.`,
        fix: 'Keep one and cite its id everywhere.',
      });
    }
    byUrl.set(source.url, source.id);
  }
  const cited = new Set<string>();
  for (const citer of citers) {
    const where = citer.entry ? `entry "${citer.entry}", sources` : 'sources';
    const seen = new Set<string>();
    for (const id of citer.sources) {
      cited.add(id);
      if (seen.has(id)) {
        problems.push({
          file: citer.file,
          where,
          message: `"${id}" is listed twice.`,
          fix: 'List it once.',
        });
      }
      seen.add(id);
      if (!ids.has(id)) {
        problems.push({
          file: citer.file,
          where,
          message: `No source "${id}" in ${SOURCES_FILE}.`,
          fix: `${didYouMean(id, ids)}Cite the id of an entry there, or add the source to ${SOURCES_FILE} first.`,
        });
      }
    }
  }
  for (const source of sources) {
    if (!cited.has(source.id)) {
      problems.push({
        file: SOURCES_FILE,
        where: 'id',
        message: `Source "${source.id}" is not cited by any guide, troubleshooter outcome, client or change.`,
        fix: 'Cite it where its facts are used, or remove it.',
      });
    }
  }
  return problems;
}
