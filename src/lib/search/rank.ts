/**
 * Ranking beyond Pagefind's scores: pages matching more words of a question
 * that found too little as a whole, searches merged, error codes first, and a
 * page titled with the very question first.
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
  return cleanedQuery.split(' ').every((word) => words.includes(word) || isKnownWord(word, words));
}

/** Results titled with the question first, the rest in the order found. */
export function questionTitlesFirst<T extends { title: string }>(results: readonly T[], cleanedQuery: string): T[] {
  const asks = results.filter((result) => titleIsQuery(result.title, cleanedQuery));
  return [...asks, ...results.filter((result) => !asks.includes(result))];
}
