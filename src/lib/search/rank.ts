/**
 * Ranking beyond Pagefind's scores: pages matching more words of a question
 * that found too little as a whole, searches merged, error codes first, and
 * each page of results ordered so guides and a title asking the question win.
 */
import { cleanQuery, isKnownWord } from './query.ts';

export interface Hit {
  id: string;
  score: number;
}

/**
 * For a query that found too little as a whole, each word searched on its own:
 * pages matching more of the words first, then by their summed scores.
 */
export function rankByWordsMatched(perWord: readonly (readonly Hit[])[]): { id: string; matched: number }[] {
  const pages = new Map<string, { id: string; matched: number; score: number }>();
  for (const hits of perWord)
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { id: hit.id, matched: 0, score: 0 };
      page.matched += 1;
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  return [...pages.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .map(({ id, matched }) => ({ id, matched }));
}

/** Several searches for the same question (e.g. with synonyms), merged: each page once, at its best score. */
export function mergeByBestScore(lists: readonly (readonly Hit[])[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const hits of lists)
    for (const hit of hits) if ((best.get(hit.id)?.score ?? -Infinity) < hit.score) best.set(hit.id, hit);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * A query that names error codes: pages matching the whole query and a code
 * first, then pages with a code, then the rest.
 */
export function codesFirst(hits: readonly Hit[], codeHits: readonly Hit[]): Hit[] {
  const withCode = new Set(codeHits.map((hit) => hit.id));
  const inQuery = new Set(hits.map((hit) => hit.id));
  return [
    ...hits.filter((hit) => withCode.has(hit.id)),
    ...codeHits.filter((hit) => !inQuery.has(hit.id)),
    ...hits.filter((hit) => !withCode.has(hit.id)),
  ];
}

/**
 * Whether a title asks the reader's question: it holds every word of the query
 * (or the same word with a common ending), as "What is a Salesforce security
 * token?" does for "what is a security token". Pagefind scores a title by the
 * words it shares with the query once stop words are gone, so titles that only
 * share "security token" tie with it; this tells them apart.
 */
export function titleIsQuery(title: string, cleanedQuery: string): boolean {
  const words = cleanQuery(title).split(' ');
  const asked = cleanedQuery.split(' ');
  return asked.length > 1 && asked.every((word) => words.includes(word) || isKnownWord(word, words));
}

/**
 * How much a troubleshooter result's score counts against a guide's. Guides are
 * the main answers; a result page is short and names its one problem in its
 * title, so Pagefind often scores it above the guide that explains it.
 */
const RESULT_PAGE_SHARE = 0.5;
/** How much more a page counts when its title asks the reader's question. */
const QUESTION_TITLE_BOOST = 2;

/**
 * One page of results in the order to show them: by Pagefind's score, a
 * troubleshooter result's counting for a share of a guide's, and a title that
 * asks the question counting more.
 */
export function rankPage<T extends { title: string; kind: string; score: number }>(
  results: readonly T[],
  cleanedQuery: string,
): T[] {
  const weighted = (result: T) =>
    result.score *
    (result.kind === 'Troubleshooter result' ? RESULT_PAGE_SHARE : 1) *
    (titleIsQuery(result.title, cleanedQuery) ? QUESTION_TITLE_BOOST : 1);
  return [...results].sort((a, b) => weighted(b) - weighted(a));
}
