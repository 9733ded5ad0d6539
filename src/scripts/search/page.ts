/**
 * The /search/ page: the query and filters live in the URL, so a search can be
 * shared and Back and Forward step through earlier searches.
 */
import {
  allFilterValues,
  knownFilters,
  search,
  UNAVAILABLE,
  type FilterCounts,
  type Filters,
  type SearchOutcome,
} from './engine';
import { searchController, type SearchState } from './controller';
import { countText, element, noticeNodes, resultItem } from './render';

const FILTER_NAMES = ['audience', 'topic', 'client'] as const;
const FILTER_LABELS: Record<(typeof FILTER_NAMES)[number], string> = {
  audience: 'Who it is for',
  topic: 'Topic',
  client: 'Client',
};
const DEBOUNCE_MS = 100;
/** URL parameter: search the words exactly as typed, without correcting them. */
const LITERAL = 'literal';

interface PageState {
  query: string;
  filters: Filters;
  literal: boolean;
}

function stateFromUrl(): PageState {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { query: params.get('q') ?? '', filters, literal: params.has(LITERAL) };
}

function urlFor(state: PageState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
  if (state.literal) params.set(LITERAL, '1');
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function checkbox(name: string, value: string, checked: boolean): HTMLInputElement {
  const box = document.createElement('input');
  Object.assign(box, { type: 'checkbox', name, value, checked });
  return box;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export function startSearchPage(): void {
  const form = document.getElementById('search-page-form') as HTMLFormElement;
  const input = document.getElementById('search-page-query') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const notices = document.getElementById('search-notices')!;
  const list = document.getElementById('search-results')!;
  const moreButton = document.getElementById('search-more') as HTMLButtonElement;
  const filterBox = document.getElementById('search-filters')!;
  const empty = document.getElementById('search-empty')!;
  // Focusing the box is engaging search: start loading the index (and its filters) before the first keystroke.
  input.addEventListener('focus', () => allFilterValues().catch(() => {}), { once: true });

  let state = stateFromUrl();
  let current: SearchOutcome | null = null;
  // Typing makes one history entry (then keeps it up to date), so Back returns to the search before.
  let typingEntry = false;

  /** Filter values with their counts for this query; without counts when they are not known. */
  const renderFilters = (counts: FilterCounts | null, all: FilterCounts) => {
    const shown = counts ?? all;
    const groups = FILTER_NAMES.filter((name) => Object.keys(shown[name] ?? {}).length > 0 || state.filters[name]);
    filterBox.replaceChildren(
      ...groups.map((name) => {
        const chosen = state.filters[name] ?? [];
        const values = new Set([
          ...Object.entries(shown[name] ?? {})
            .filter(([, count]) => count > 0)
            .map(([value]) => value),
          ...chosen,
        ]);
        return element('fieldset', {}, [
          element('legend', {}, [FILTER_LABELS[name]]),
          ...[...values]
            .sort(byName)
            .map((value) =>
              element('label', {}, [
                checkbox(name, value, chosen.includes(value)),
                counts ? ` ${value} (${counts[name]?.[value] ?? 0})` : ` ${value}`,
              ]),
            ),
        ]);
      }),
    );
    filterBox.hidden = groups.length === 0;
  };

  const showCount = () => {
    if (!current) return;
    status.textContent = countText(current.total, current.query);
    moreButton.hidden = !current.hasMore();
  };

  const failed = () => {
    status.textContent = UNAVAILABLE;
    notices.replaceChildren();
    list.replaceChildren();
    moreButton.hidden = true;
    filterBox.hidden = true;
  };

  const render = (view: SearchState<FilterCounts>) => {
    current = null;
    if (view.status === 'error') return failed();
    if (view.status === 'loading') {
      status.textContent = 'Searching…';
      return;
    }
    if (view.status === 'idle') {
      list.replaceChildren();
      notices.replaceChildren();
      status.textContent = 'Type what you are looking for, such as an error message.';
      empty.hidden = true;
      filterBox.hidden = true;
      moreButton.hidden = true;
      delete list.dataset.query;
      return;
    }
    current = view.outcome;
    notices.replaceChildren(...noticeNodes(current, urlFor({ ...state, literal: true })));
    list.replaceChildren(...current.results.map((result, i) => resultItem(result, `search-result-${i}`)));
    list.dataset.query = current.query;
    showCount();
    empty.hidden = view.status === 'results';
    renderFilters(current.counts, view.extra);
  };

  const show = (next: PageState, history: 'push' | 'replace' | 'none') => {
    state = next;
    input.value = state.query;
    if (history === 'push') window.history.pushState(null, '', urlFor(state));
    if (history === 'replace') window.history.replaceState(null, '', urlFor(state));
    void controller.run(state.query);
  };

  const controller = searchController({
    input,
    scope: form,
    list,
    debounceMs: DEBOUNCE_MS,
    onTyped: (query) => {
      show({ ...state, query, literal: false }, typingEntry ? 'replace' : 'push');
      typingEntry = true;
    },
    find: async (query, signal) => {
      if (Object.keys(state.filters).length > 0) state.filters = await knownFilters(state.filters);
      // Every filter's values first: a search that starts while they load counts only the filters
      // Pagefind has loaded so far, and a whole group would be missing from the page.
      const extra = await allFilterValues();
      return { outcome: await search(query, state.filters, { literal: state.literal, signal }), extra };
    },
    render,
  });

  moreButton.addEventListener('click', async () => {
    const outcome = current;
    if (!outcome) return;
    moreButton.disabled = true;
    const next = await outcome.more().catch(() => null);
    moreButton.disabled = false;
    if (outcome !== current) return;
    if (!next) return failed();
    const at = list.children.length;
    list.append(...next.map((result, i) => resultItem(result, `search-result-${at + i}`)));
    showCount();
    list.querySelectorAll<HTMLAnchorElement>('.result-link')[at]?.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    controller.cancelTyping();
    show({ ...state, query: input.value, literal: false }, typingEntry ? 'replace' : 'push');
    typingEntry = false;
  });
  notices.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('.search-literal')) return;
    event.preventDefault();
    typingEntry = false;
    show({ ...state, literal: true }, 'push');
  });
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const filters = { ...state.filters, [box.name]: [...values] };
    if (values.size === 0) delete filters[box.name];
    typingEntry = false;
    show({ ...state, filters }, 'push');
  });
  window.addEventListener('popstate', () => {
    typingEntry = false;
    show(stateFromUrl(), 'none');
  });
  show(state, 'none');
}
