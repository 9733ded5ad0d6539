/**
 * On the 404 page: when the missing address is a troubleshooter path whose
 * answers no longer fit the tree, find the longest prefix that is still a page
 * and offer to continue from there.
 */
import { lastValidAddress } from '../lib/stale-path';
import { parseRoute, routes } from '../lib/routes';
import { href } from '../lib/href';
import { ensureTrailingSlash } from '../lib/url';

export async function findLastValidStep(): Promise<void> {
  const section = document.getElementById('stale-troubleshooter');
  const link = document.getElementById('stale-continue') as HTMLAnchorElement | null;
  if (!section || !link) return;
  const page = parseRoute(ensureTrailingSlash(location.pathname), import.meta.env.BASE_URL);
  if (page.kind !== 'troubleshooter' && page.kind !== 'tree-map' && page.kind !== 'tree-result') return;
  const found = await lastValidAddress(
    [page.tree, ...(page.kind === 'troubleshooter' ? page.segments : [])],
    ([tree, ...answers]) => href(routes.troubleshooter(tree!, answers)),
    async (address) => (await fetch(address, { method: 'HEAD' })).ok,
  );
  if (!found) return;
  link.href = found;
  section.hidden = false;
}
