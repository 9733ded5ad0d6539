/**
 * What the search dialog and the search page share: typing is debounced, a
 * newer search makes an older one stale (its results are never shown), each
 * search goes through idle, loading, results, empty or error, and the arrow
 * keys move between the box and the result links. The views only render.
 */
import type { SearchOutcome } from './engine';

export type SearchState<Extra> =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'results' | 'empty'; outcome: SearchOutcome; extra: Extra }
  | { status: 'error' };

interface ControllerOptions<Extra> {
  input: HTMLInputElement;
  /** Holds the box and the results: arrow keys pressed in it move between them. */
  scope: HTMLElement;
  /** The list whose `.result-link`s the arrow keys move through. */
  list: HTMLElement;
  debounceMs: number;
  /** Called with the words typed once the reader pauses. */
  onTyped: (query: string) => void;
  /** Runs one search; `signal` is aborted when a newer one starts. */
  find: (query: string, signal: AbortSignal) => Promise<{ outcome: SearchOutcome; extra: Extra }>;
  render: (state: SearchState<Extra>) => void;
}

export interface SearchController {
  /** Searches now (the empty query is idle); a search still running goes stale. */
  run: (query: string) => Promise<void>;
  /** Forgets a pending keystroke's search. */
  cancelTyping: () => void;
}

export function searchController<Extra>(options: ControllerOptions<Extra>): SearchController {
  const { input, scope, list, render } = options;
  let latest = 0;
  let timer: number | undefined;
  let running: AbortController | undefined;

  /** A newer search (or keystroke) makes the one running stale: its results, or its abort, are never shown. */
  const stale = () => {
    latest += 1;
    running?.abort();
    return latest;
  };

  const run = async (query: string) => {
    const ticket = stale();
    if (query.trim() === '') return render({ status: 'idle' });
    running = new AbortController();
    render({ status: 'loading', query });
    try {
      const { outcome, extra } = await options.find(query, running.signal);
      if (ticket !== latest) return;
      render({ status: outcome.results.length > 0 ? 'results' : 'empty', outcome, extra });
    } catch {
      if (ticket === latest) render({ status: 'error' });
    }
  };

  const cancelTyping = () => clearTimeout(timer);

  input.addEventListener('input', () => {
    // The reader is still typing: a search already running is for words they have moved past.
    stale();
    cancelTyping();
    timer = window.setTimeout(() => options.onTyped(input.value), options.debounceMs);
  });

  scope.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inBox = document.activeElement === input;
    if (links.length === 0 || (at < 0 && !(inBox && event.key === 'ArrowDown'))) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? input : links[next]!).focus();
  });

  return { run, cancelTyping };
}
