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
  search(query: string, options?: { filters?: Filters }): Promise<{
    results: { data(): Promise<PagefindResultData> }[];
    filters: Record<string, Record<string, number>>;
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 10;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    // Filter counts come back with results only once the filter index is loaded.
    await pagefind.filters();
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

export async function search(query: string, filters: Filters = {}): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const trimmed = query.trim();
  if (trimmed === '') return { query: trimmed, results: [], counts: await pagefind.filters() };
  const found = await pagefind.search(trimmed, { filters });
  const data = await Promise.all(found.results.slice(0, MAX_RESULTS * 2).map((result) => result.data()));
  const results = data
    .map((item) => ({
      title: item.meta.title ?? item.url,
      url: withHighlight(item.url, trimmed),
      excerpt: item.excerpt,
      subResults: item.sub_results
        .filter((sub) => sub.url !== item.url && sub.title !== item.meta.title)
        .slice(0, 3)
        .map((sub) => ({ title: sub.title, url: withHighlight(sub.url, trimmed), excerpt: sub.excerpt })),
    }))
    .filter((result) => hasRealMatch(trimmed, result))
    .slice(0, MAX_RESULTS);
  return { query: trimmed, results, counts: results.length > 0 ? found.filters : {} };
}
