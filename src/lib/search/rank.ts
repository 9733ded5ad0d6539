/**
 * Ranking for a query that found too little as a whole: each word is searched
 * on its own, and pages are ranked by how many of the words they match, then by
 * their summed scores.
 */
export interface Hit {
  id: string;
  score: number;
}

/** The pages of the per-word searches, those matching more words first. */
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
