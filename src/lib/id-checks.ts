/** Checks on lists of ids shared by the build checks: the same id twice, an id that names nothing. */

/** Every item whose id an earlier item of the list already has, with that earlier item. */
export function repeatedIds<T extends { id: string }>(items: readonly T[]): { repeat: T; first: T }[] {
  const firstById = new Map<string, T>();
  return items.flatMap((item) => {
    const first = firstById.get(item.id);
    if (first) return [{ repeat: item, first }];
    firstById.set(item.id, item);
    return [];
  });
}

/** The ids of `ids` that `known` does not have, in order. */
export function missingIds(ids: readonly string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id) => !known.has(id));
}
