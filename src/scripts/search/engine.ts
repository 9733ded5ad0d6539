/**
 * The one place the site talks to Pagefind. Loaded only when a reader engages
 * search, so no page pays for it up front.
 */
import { hasRealMatch } from '../../lib/search/noise';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface SearchResult {
  title: string;
  url: string;
  excerpt: string;
  subResults: SubResult[];
}

export type Filters = Record<string, string[]>;

export interface SearchOutcome {
  query: string;
  results: SearchResult[];
  /** Per filter, per value: how many results of this query have it. */
  counts: Record<string, Record<string, number>>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Filters },
  ): Promise<{
    results: { data(): Promise<PagefindResultData> }[];
    filters: Record<string, Record<string, number>>;
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 10;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
let loading: Promise<Pagefind> | undefined;

/** Said when the index cannot load, e.g. in `astro dev` before the first build. */
export const UNAVAILABLE =
  'Search is not available: its index could not be loaded. On a local copy, run "npm run build" first (search in "npm run dev" uses the last build).';

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Adds ?highlight= so the page a result opens marks the words searched for. */
function withHighlight(url: string, query: string): string {
  const [path, hash = ''] = url.split('#');
  const params = new URLSearchParams({ highlight: query.trim() });
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

let filtersLoaded: Promise<unknown> | undefined;

/**
 * Searches; with `counts`, also how many results each filter value has (this
 * loads Pagefind's filter index, which only the search page needs).
 */
export async function search(
  query: string,
  filters: Filters = {},
  options: { counts?: boolean } = {},
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  if (options.counts) await (filtersLoaded ??= pagefind.filters());
  const trimmed = query.trim();
  if (trimmed === '') return { query: trimmed, results: [], counts: {} };
  const found = await pagefind.search(trimmed, { filters });
  const results: SearchResult[] = [];
  // Fragments are fetched a few at a time, only until a page of real matches is full.
  for (let start = 0; start < found.results.length && results.length < MAX_RESULTS; start += MAX_RESULTS) {
    const batch = await Promise.all(found.results.slice(start, start + MAX_RESULTS).map((result) => result.data()));
    results.push(...batch.map(toResult(trimmed)).filter((result) => hasRealMatch(trimmed, result)));
  }
  return { query: trimmed, results: results.slice(0, MAX_RESULTS), counts: results.length > 0 ? found.filters : {} };
}

function toResult(query: string) {
  return (item: PagefindResultData): SearchResult => ({
    title: item.meta.title ?? item.url,
    url: withHighlight(item.url, query),
    excerpt: item.excerpt,
    subResults: item.sub_results
      .filter((sub) => sub.url !== item.url && sub.title !== item.meta.title)
      .slice(0, 3)
      .map((sub) => ({ title: sub.title, url: withHighlight(sub.url, query), excerpt: sub.excerpt })),
  });
}
