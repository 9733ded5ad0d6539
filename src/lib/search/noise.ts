/**
 * Pagefind answers an unknown word with the longest indexed prefix of it, so a
 * nonsense query such as "qxjzv" can match every word starting with "q". A
 * match is kept only when the word found shares a real stretch with the word
 * typed: the whole typed word, or at least MIN_SHARED characters of it.
 */
export const MIN_SHARED = 4;

/** The words Pagefind marked in an excerpt ("<mark>token</mark>"). */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1]!.toLowerCase());
}

/** The query split the way readers mean it: words of letters, digits and underscores. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether a found word really answers a typed word, rather than through a short shared prefix. */
export function isRealMatch(typed: string, found: string): boolean {
  const shared = sharedPrefix(typed, found);
  return shared === typed.length || (shared >= MIN_SHARED && shared >= typed.length / 2);
}

/** Whether a result really matches the query: in a word its excerpt marks, or in its title. */
export function hasRealMatch(query: string, result: { excerpt: string; title: string }): boolean {
  const typed = queryWords(query);
  const found = [...markedWords(result.excerpt).flatMap((word) => queryWords(word)), ...queryWords(result.title)];
  return found.some((word) => typed.some((term) => isRealMatch(term, word)));
}
