/**
 * On the 404 page: when the missing address is a troubleshooter path whose
 * answers no longer fit the tree, find the longest prefix that is still a page
 * and offer to continue from there.
 */
export async function findLastValidStep(): Promise<void> {
  const section = document.getElementById('stale-troubleshooter');
  const link = document.getElementById('stale-continue') as HTMLAnchorElement | null;
  if (!section || !link) return;
  const base = section.dataset.base ?? '/';
  const prefix = `${base.replace(/\/?$/, '/')}troubleshoot/`;
  if (!location.pathname.startsWith(prefix)) return;
  // Segments stay percent-encoded, as in the address: they only ever go back into an address.
  // Segments stay percent-encoded as in the address: they only ever go back into an address.
  const [tree, ...answers] = location.pathname.slice(prefix.length).split('/').filter(Boolean);
  if (!tree) return;
  for (let kept = answers.length - 1; kept >= 0; kept--) {
    const candidate = `${prefix}${[tree, ...answers.slice(0, kept)].join('/')}/`;
    const response = await fetch(candidate, { method: 'HEAD' });
    if (response.ok) {
      link.href = candidate;
      section.hidden = false;
      return;
    }
  }
}
