/** Builds result markup from Pagefind's excerpts without ever parsing them as HTML. */
import type { SearchResult } from './engine';

/** Pagefind marks matches with <mark>; everything else is text. */
export function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]!);
    return mark;
  });
}

function decode(text: string): string {
  return text.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity]!,
  );
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One result as a list item: a link to the page, its excerpt, and links to matching sections. */
export function resultItem(result: SearchResult, id: string): HTMLLIElement {
  const subResults = result.subResults.map((sub) => element('li', {}, [element('a', { href: sub.url }, [sub.title])]));
  return element('li', { id }, [
    element('a', { href: result.url, className: 'result-link' }, [result.title]),
    element('p', {}, excerptNodes(result.excerpt)),
    ...(subResults.length > 0 ? [element('ul', {}, subResults)] : []),
  ]);
}

export function countText(count: number, query: string): string {
  return count === 0 ? `No results for “${query}”` : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}
