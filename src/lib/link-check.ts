/**
 * Finds internal links and #anchors in the built site that lead nowhere.
 * Pure: the caller reads the files; readPage works on their text.
 */

/** A built page's links and element ids (see readPage), with its URL path including the base path, e.g. "/help/guides/x/". */
export interface PageLinks {
  url: string;
  links: readonly string[];
  ids: ReadonlySet<string>;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTRIBUTE = /\s(href|src|id)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(quot|#39|apos|lt|gt|amp));/g;
const NAMED: Record<string, string> = { quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>', amp: '&' };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (_, decimal?: string, hex?: string, name?: string) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!]!,
  );
}

/** The links and element ids of one page, ignoring what sits inside <template>, <script> and <style>. */
export function readPage(html: string): { links: string[]; ids: Set<string> } {
  const visible = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');
  const links: string[] = [];
  const ids = new Set<string>();
  for (const tag of visible.match(/<[a-z][^>]*>/gi) ?? []) {
    const linksOut =
      /^<(a|link|img|script|source|area)\b/i.test(tag) && !/^<link\b[^>]*rel="?(canonical|alternate)/i.test(tag);
    for (const match of tag.matchAll(ATTRIBUTE)) {
      const name = match[1]!.toLowerCase();
      const value = decodeEntities(match[3] ?? match[4] ?? '');
      if (name === 'id') ids.add(value);
      else if (linksOut) links.push(value);
    }
  }
  return { links, ids };
}

/** Every internal link and anchor that does not resolve to a built page, file or element id. */
export function findBrokenLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, origin: string): BrokenLink[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of new Set(page.links)) {
      if (href === '' || /^(mailto|tel|data|javascript):/i.test(href)) continue;
      const target = new URL(href, `${origin}${page.url}`);
      if (target.origin !== origin) continue;
      const path = decodeURI(target.pathname);
      const targetPage = byUrl.get(path) ?? byUrl.get(`${path}/`);
      if (!targetPage) {
        if (!files.has(path)) {
          broken.push({
            page: page.url,
            href,
            reason: path.endsWith('/') || !path.includes('.') ? 'no page at this address' : 'no such file',
          });
        }
        continue;
      }
      if (!path.endsWith('/') && !files.has(path)) {
        broken.push({ page: page.url, href, reason: `missing trailing slash: link to ${path}/` });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor !== '' && !targetPage.ids.has(anchor)) {
        broken.push({ page: page.url, href, reason: `no element with id="${anchor}" on ${path}` });
      }
    }
  }
  return broken;
}
