/**
 * On the 404 page: when the missing address is a troubleshooter path whose
 * answers no longer fit the tree, find the longest prefix that is still a page
 * and offer to continue from there.
 */
import { lastValidAddress } from '../lib/stale-path';

export async function findLastValidStep(): Promise<void> {
  const section = document.getElementById('stale-troubleshooter');
  const link = document.getElementById('stale-continue') as HTMLAnchorElement | null;
  if (!section || !link) return;
  const base = section.dataset.base ?? '/';
  const prefix = `${base.replace(/\/?$/, '/')}troubleshoot/`;
  if (!location.pathname.startsWith(prefix)) return;
  // Segments stay percent-encoded, as in the address: they only ever go back into an address.
  const segments = location.pathname.slice(prefix.length).split('/').filter(Boolean);
  const found = await lastValidAddress(
    segments,
    (kept) => `${prefix}${kept.join('/')}/`,
    async (address) => (await fetch(address, { method: 'HEAD' })).ok,
  );
  if (!found) return;
  link.href = found;
  section.hidden = false;
}
