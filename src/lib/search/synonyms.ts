/**
 * Synonyms are data (content/search-synonyms.yaml): groups of words readers
 * use for the same thing, the first being the one the guides use. A query that
 * uses another word of a group is also searched with the guides' word.
 */
import { cleanQuery } from './query.ts';
import { problemsError } from '../build-problems.ts';

/** One group, cleaned the way queries are: the guides' word first. */
export type SynonymGroup = readonly string[];

/**
 * Checks the parsed YAML: a list of groups, each a list of at least two
 * different words or phrases. Throws naming the file, the entry and the fix.
 */
export function parseSynonyms(data: unknown, file: string): SynonymGroup[] {
  const fail = (where: string, problem: string, fix: string): never => {
    throw problemsError('The search synonyms cannot be used', [
      { file, where, message: `${problem}.`, fix: `${fix}.` },
    ]);
  };
  if (!Array.isArray(data))
    fail('top level', 'expected a list of synonym groups', 'write each group as "- [guides word, other word, ...]"');
  const seen = new Map<string, number>();
  return (data as unknown[]).map((entry, i) => {
    const where = `entry ${i + 1}${Array.isArray(entry) && typeof entry[0] === 'string' ? ` ("${entry[0]}")` : ''}`;
    if (!Array.isArray(entry) || entry.length < 2)
      fail(
        where,
        `expected a list of at least two words, got ${JSON.stringify(entry)}`,
        "list the guides' word first, then the words readers use for it",
      );
    const group = (entry as unknown[]).map((term) => {
      if (typeof term !== 'string' && typeof term !== 'number')
        fail(where, `${JSON.stringify(term)} is not a word or phrase`, 'write each synonym as plain text');
      const cleaned = cleanQuery(String(term));
      if (cleaned === '') fail(where, `"${String(term)}" has no letters or digits`, 'remove it or write a word');
      return cleaned;
    });
    const twice = group.find((term, at) => group.indexOf(term) !== at);
    if (twice !== undefined)
      fail(
        where,
        `"${twice}" is listed twice (words are compared in lower case, without punctuation)`,
        'list each word once',
      );
    for (const term of group.slice(1)) {
      const other = seen.get(term);
      if (other !== undefined)
        fail(where, `"${term}" is already a synonym in entry ${other}`, "keep each reader's word in one group");
      seen.set(term, i + 1);
    }
    return group;
  });
}

/** The cleaned query with the readers' words of each group replaced by the guides' word; null when none occur. */
export function withGuideWords(cleaned: string, groups: readonly SynonymGroup[]): string | null {
  let rewritten = ` ${cleaned} `;
  for (const [guideWord, ...others] of groups)
    for (const other of others) rewritten = rewritten.replaceAll(` ${other} `, ` ${guideWord} `);
  rewritten = rewritten.trim();
  return rewritten === cleaned ? null : rewritten;
}
