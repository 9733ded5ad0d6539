/**
 * The search dialog opened from the header, Ctrl/Cmd+K or "/". Results as you
 * type; arrow keys move between the input and the result links; Esc closes
 * and focus returns to where it was.
 *
 * SearchButton.astro loads this module by URL and then fires OPEN_EVENT with
 * the element to return focus to (a module loaded by URL has no usable exports).
 */
import { loadPagefind, search, UNAVAILABLE } from './engine';
import { searchController } from './controller';
import { countText, noticeNodes, resultItem } from './render';

const DEBOUNCE_MS = 80;
let dialog: HTMLDialogElement | undefined;
let returnFocus: HTMLElement | null = null;

function build(): HTMLDialogElement {
  const searchPage = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search/`;
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-label', 'Search the guides');
  element.innerHTML = `
    <div class="search-panel">
      <form role="search" class="search-form" action="${searchPage}" method="get">
        <label class="visually-hidden" for="search-dialog-query">Search the guides</label>
        <input id="search-dialog-query" type="search" name="q" autocomplete="off" placeholder="Search, e.g. INVALID_LOGIN" aria-describedby="search-dialog-keys" />
        <button type="button" class="button" data-close>Close</button>
      </form>
      <p id="search-dialog-keys" class="muted visually-hidden">Use the down arrow to move to the results.</p>
      <p class="search-status" role="status" aria-live="polite"></p>
      <div class="search-notices"></div>
      <ul class="search-results"></ul>
      <p class="muted"><a class="search-all" href="${searchPage}">All results, with filters</a></p>
    </div>`;
  document.body.append(element);
  const input = element.querySelector<HTMLInputElement>('input')!;
  const status = element.querySelector<HTMLElement>('[role="status"]')!;
  const list = element.querySelector<HTMLUListElement>('.search-results')!;
  const notices = element.querySelector<HTMLElement>('.search-notices')!;
  const all = element.querySelector<HTMLAnchorElement>('.search-all')!;
  // The query whose results are on show: typing it again (or reopening the dialog) keeps them, and the focus in them.
  let shown = '';

  const controller = searchController({
    input,
    scope: element,
    list,
    debounceMs: DEBOUNCE_MS,
    onTyped: (query) => {
      all.href = `${searchPage}?${new URLSearchParams({ q: query.trim() })}`;
      if (query.trim() === shown) return;
      shown = '';
      void controller.run(query);
    },
    find: async (query, signal) => ({ outcome: await search(query, {}, { signal }), extra: null }),
    render: (state) => {
      if (state.status === 'loading') return;
      if (state.status === 'idle' || state.status === 'error') {
        list.replaceChildren();
        notices.replaceChildren();
        status.textContent = state.status === 'error' ? UNAVAILABLE : '';
        return;
      }
      const { outcome } = state;
      const literal = `${searchPage}?${new URLSearchParams({ q: outcome.query, literal: '1' })}`;
      notices.replaceChildren(...noticeNodes(outcome, literal));
      list.replaceChildren(...outcome.results.map((result, i) => resultItem(result, `search-dialog-result-${i}`)));
      status.textContent = countText(outcome.total, outcome.query);
      shown = outcome.query;
    },
  });

  element.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('.result-link')?.click();
  });
  element.addEventListener('keydown', (event) => {
    // A search field eats the first Esc to clear itself; the dialog should close at once.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    element.close();
  });
  element.querySelector('[data-close]')!.addEventListener('click', () => element.close());
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  element.addEventListener('close', () => returnFocus?.focus());
  return element;
}

export const OPEN_EVENT = 'site:open-search';

function openSearchDialog(opener: HTMLElement | null): void {
  returnFocus = opener;
  loadPagefind().catch(() => {});
  dialog ??= build();
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input')!.select();
}

document.addEventListener(OPEN_EVENT, (event) => openSearchDialog((event as CustomEvent<HTMLElement | null>).detail));
