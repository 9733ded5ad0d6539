/**
 * Marks the words a reader searched for on the page a result opened
 * (?highlight=...), and scrolls to the first one unless the link named a section.
 */
import { queryWords } from '../../lib/search/noise';

const terms = queryWords(new URLSearchParams(location.search).get('highlight') ?? '').filter(
  (term) => term.length >= 2,
);
const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');

if (terms.length > 0 && root) {
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(${escaped.join('|')})[\\p{L}\\p{N}_]*`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  for (const node of textNodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts: Node[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(document.createTextNode(text.slice(last, match.index)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      parts.push(mark);
      last = match.index + match[0].length;
    }
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
  }
  const first = root.querySelector('mark.search-hit');
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
