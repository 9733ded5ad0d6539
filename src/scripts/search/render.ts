/** Builds result markup from Pagefind's excerpts without ever parsing them as HTML. */
import type { SearchOutcome, SearchResult } from './engine';

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

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One result as a list item: its kind, a link to the page, its excerpt, and links to matching sections. */
export function resultItem(result: SearchResult, id: string): HTMLLIElement {
  const subResults = result.subResults.map((sub) =>
    element('li', {}, [
      element('a', { href: sub.url }, [sub.title]),
      ...(sub.kind !== result.kind ? [' ', element('span', { className: 'result-kind' }, [sub.kind])] : []),
    ]),
  );
  return element('li', { id }, [
    element('span', { className: 'result-kind' }, [result.kind]),
    ' ',
    element('a', { href: result.url, className: 'result-link' }, [result.title]),
    element('p', {}, excerptNodes(result.excerpt)),
    ...(subResults.length > 0 ? [element('ul', {}, subResults)] : []),
  ]);
}

export function countText(count: number, query: string): string {
  return count === 0 ? `No results for “${query}”` : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

/**
 * What search did to forgive the query, if anything: the correction it made
 * (with a link to search the words as typed) and whether results match only
 * some of the words. `literalHref` is the search page URL for the query as typed.
 */
export function noticeNodes(outcome: SearchOutcome, literalHref: string): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (outcome.correctedQuery)
    notes.push(
      element('p', { className: 'search-notice' }, [
        'Showing results for ',
        element('em', {}, [outcome.correctedQuery]),
        '. Search instead for ',
        element('a', { href: literalHref, className: 'search-literal' }, [outcome.query]),
        '.',
      ]),
    );
  if (outcome.partial)
    notes.push(element('p', { className: 'search-notice' }, ['Showing pages that match some of your words.']));
  return notes;
}
