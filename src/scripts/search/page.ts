/**
 * The /search/ page: the query and filters live in the URL, so a search can be
 * shared and Back and Forward step through earlier searches.
 */
import { loadPagefind, search, UNAVAILABLE, type Filters } from './engine';
import { countText, resultItem } from './render';

const FILTER_NAMES = ['audience', 'topic', 'client'] as const;
const FILTER_LABELS: Record<(typeof FILTER_NAMES)[number], string> = {
  audience: 'Who it is for',
  topic: 'Topic',
  client: 'Client',
};
const DEBOUNCE_MS = 100;

interface PageState {
  query: string;
  filters: Filters;
}

function stateFromUrl(): PageState {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

function urlFor(state: PageState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

export function startSearchPage(): void {
  const form = document.getElementById('search-page-form') as HTMLFormElement;
  const input = document.getElementById('search-page-query') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const filterBox = document.getElementById('search-filters')!;
  const empty = document.getElementById('search-empty')!;
  // Focusing the box is engaging search: start loading the index before the first keystroke.
  input.addEventListener('focus', () => loadPagefind().catch(() => {}), { once: true });

  let state = stateFromUrl();
  let latest = 0;
  let timer: number | undefined;
  // Typing makes one history entry (then keeps it up to date), so Back returns to the search before.
  let typingEntry = false;

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    const groups = FILTER_NAMES.filter((name) => Object.keys(counts[name] ?? {}).length > 0 || state.filters[name]);
    filterBox.replaceChildren(
      ...groups.map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FILTER_LABELS[name];
        fieldset.append(legend);
        const values = new Set([...Object.keys(counts[name] ?? {}), ...(state.filters[name] ?? [])]);
        for (const value of [...values].sort()) {
          const label = document.createElement('label');
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
          box.checked = state.filters[name]?.includes(value) ?? false;
          label.append(box, ` ${value} (${counts[name]?.[value] ?? 0})`);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
    filterBox.hidden = groups.length === 0;
  };

  const run = async () => {
    const ticket = ++latest;
    const { query, filters } = state;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = 'Type what you are looking for, such as an error message.';
      empty.hidden = true;
      filterBox.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    const outcome = await search(query, filters, { counts: true }).catch(() => null);
    if (ticket !== latest) return;
    if (!outcome) {
      status.textContent = UNAVAILABLE;
      return;
    }
    list.replaceChildren(...outcome.results.map((result, i) => resultItem(result, `search-result-${i}`)));
    status.textContent = countText(outcome.results.length, outcome.query);
    empty.hidden = outcome.results.length > 0;
    renderFilters(outcome.counts);
  };

  const show = (next: PageState, history: 'push' | 'replace' | 'none') => {
    state = next;
    input.value = state.query;
    if (history === 'push') window.history.pushState(null, '', urlFor(state));
    if (history === 'replace') window.history.replaceState(null, '', urlFor(state));
    void run();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      show({ ...state, query: input.value }, typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    show({ ...state, query: input.value }, typingEntry ? 'replace' : 'push');
    typingEntry = false;
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
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    (event.key === 'ArrowDown' ? links[Math.min(at + 1, links.length - 1)]! : (links[at - 1] ?? input)).focus();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('.result-link');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  show(state, 'none');
}
