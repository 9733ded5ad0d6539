/**
 * Repairing a troubleshooter address whose answers no longer fit the tree:
 * walk forward from the tree's start, one answer at a time, and stop at the
 * first address that is not a page. The requests are bounded by the tree's depth,
 * not by the length of the address, which anyone can make as long as they like.
 */

/**
 * The longest page address among `[tree]`, `[tree, a1]`, `[tree, a1, a2]`, …
 * that `isPage` confirms, walking forward; undefined when not even the start
 * is one. A failed check (a network error) ends the walk at what is known.
 */
export async function lastValidAddress(
  segments: readonly string[],
  addressOf: (segments: readonly string[]) => string,
  isPage: (address: string) => Promise<boolean>,
): Promise<string | undefined> {
  let valid: string | undefined;
  for (let kept = 1; kept <= segments.length; kept++) {
    const address = addressOf(segments.slice(0, kept));
    const ok = await isPage(address).catch(() => false);
    if (!ok) break;
    valid = address;
  }
  return valid;
}
