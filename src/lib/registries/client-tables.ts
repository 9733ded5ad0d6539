/** Which clients a guide's body shows in a `<ClientTable>`: all of them, or those in `only={[...]}`. */
export function clientTableIds(body: string, allClientIds: readonly string[]): string[] {
  const shown = new Set<string>();
  for (const match of body.matchAll(/<ClientTable\b([^>]*)\/>/g)) {
    const only = /only=\{\[([^\]]*)\]\}/.exec(match[1] ?? '');
    if (!only) return [...allClientIds];
    for (const id of (only[1] ?? '').matchAll(/["']([^"']+)["']/g)) shown.add(id[1] ?? '');
  }
  return allClientIds.filter((id) => shown.has(id));
}
