/** Suggestions for a mistyped id, shared by every content check. */

/** `Did you mean "x"? ` for the candidate nearest by edit distance, when it is near enough to be a typo. */
export function didYouMean(target: string, candidates: Iterable<string>): string {
  const typoDistance = Math.max(2, Math.floor(target.length / 3));
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = editDistance(target, id);
    if (distance <= typoDistance && (!best || distance < best.distance)) best = { id, distance };
  }
  return best ? `Did you mean "${best.id}"? ` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
