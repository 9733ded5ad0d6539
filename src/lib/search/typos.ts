/**
 * Corrects a misspelt word to the nearest word in the site's vocabulary (the
 * words the search index holds, most common first), within MAX_EDITS edits.
 */
export const MAX_EDITS = 2;

/** Damerau-Levenshtein distance (with swaps of neighbours), or limit + 1 once it is certainly above limit. */
export function editDistance(a: string, b: string, limit = MAX_EDITS): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * The vocabulary word nearest to `word`: fewest edits first, then the more
 * common word (earlier in the list). Short words allow fewer edits, so "api"
 * is never "corrected" to "app". Null when nothing is close enough.
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | null {
  const limit = word.length <= 3 ? 0 : word.length <= 5 ? 1 : MAX_EDITS;
  if (limit === 0) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (candidate === word) return word;
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
