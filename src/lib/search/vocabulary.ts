/**
 * The vocabulary typo correction draws on: every word in the part of each
 * built page that search indexes (inside data-pagefind-body, outside
 * data-pagefind-ignore, scripts and styles), most common first.
 */
import { queryWords } from './noise.ts';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'form']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** Text of one page that Pagefind indexes; empty when the page has no data-pagefind-body. */
export function indexedText(html: string): string {
  const parts: string[] = [];
  // Open elements inside the body, each remembering whether its content is skipped.
  const open: { name: string; skipped: boolean }[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, rawName, attributes = ''] = match;
    const name = rawName!.toLowerCase();
    const inside = open.length > 0;
    if (inside && !open.at(-1)!.skipped) parts.push(html.slice(last, match.index));
    last = match.index + whole.length;
    if (closing) {
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (VOID.has(name) || attributes.trimEnd().endsWith('/')) continue;
    if (inside) {
      const skipped = open.at(-1)!.skipped || SKIPPED.has(name) || /\bdata-pagefind-ignore\b/.test(attributes);
      open.push({ name, skipped });
    } else if (/\bdata-pagefind-body\b/.test(attributes)) open.push({ name, skipped: false });
  }
  return parts.join(' ').replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
}

/** Words of at least 3 characters across all pages, most common first (ties alphabetical). */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of queryWords(text)) if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
