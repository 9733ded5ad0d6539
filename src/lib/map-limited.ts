/**
 * `Promise.all(items.map(work))`, with at most `limit` pieces of work running at once. The build's
 * checks read every built page: started all at once, a thousand pages' HTML (and their compressors)
 * would sit in memory together.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
