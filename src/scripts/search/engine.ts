/**
 * The one place the site talks to Pagefind. Loaded only when a reader engages
 * search, so no page pays for it up front.
 *
 * A search forgives: synonyms from content/search-synonyms.yaml are searched
 * too, error codes are found as pasted, a misspelt word is corrected to the
 * nearest indexed word, and a question that finds too little as a whole falls
 * back to the pages matching most of its words.
 */
import { hasRealMatch, markedWords, queryWords } from '../../lib/search/noise';
import { cleanQuery, contentWords, errorCodes, isKnownWord, isSeenIn, isStopWord } from '../../lib/search/query';
import { codesFirst, mergeByBestScore, rankByWordsMatched, rankPage, type Hit } from '../../lib/search/rank';
import { resultKind, type ResultKind } from '../../lib/search/result-kind';
import { withGuideWords, type SynonymGroup } from '../../lib/search/synonyms';
import { nearestWord } from '../../lib/search/typos';
import { SEARCH_DATA } from '../../lib/search/files';

export interface SubResult {
  title: string;
  url: string;
  kind: ResultKind;
}

export interface SearchResult {
  title: string;
  url: string;
  excerpt: string;
  kind: ResultKind;
  subResults: SubResult[];
}

export type Filters = Record<string, string[]>;
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchOutcome {
  /** The query as typed, trimmed. */
  query: string;
  /** The query with misspelt words corrected, when the results are for it. */
  correctedQuery: string | null;
  /** The results match only some of the query's words. */
  partial: boolean;
  /** How many results there are in all (fewer once pages search should not lead to are found and left out). */
  total: number;
  /** The first page of results; `more()` gives the next. */
  results: SearchResult[];
  more: () => Promise<SearchResult[]>;
  hasMore: () => boolean;
  /** Per filter, per value: how many results have it; null when not known (results matching some words). */
  counts: FilterCounts | null;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
}

const PAGE_SIZE = 10;
/** Fewer results than this and search tries to forgive: corrections, then pages matching some words. */
const ENOUGH = 3;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
let loading: Promise<Pagefind> | undefined;
let synonyms: Promise<SynonymGroup[]> | undefined;
let vocabulary: Promise<string[]> | undefined;
let filterValues: Promise<FilterCounts> | undefined;

/** Said when the index cannot load, e.g. in `astro dev` before the first build. */
export const UNAVAILABLE =
  'Search is not available: its index could not be loaded. On a local copy, run "npm run build" first (search in "npm run dev" uses the last build).';

const fetchJson = <T>(file: string): Promise<T> =>
  fetch(`${base}pagefind/${file}`).then((response) => {
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.json() as Promise<T>;
  });

/** Keeps a loading promise for reuse, and forgets it when it fails, so the next search tries again. */
function kept<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

export function loadPagefind(): Promise<Pagefind> {
  loading ??= kept(
    (async () => {
      synonyms ??= kept(fetchJson<SynonymGroup[]>(SEARCH_DATA.synonyms), () => (synonyms = undefined));
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // On the main thread: the index is small, and a worker would cost a second copy of Pagefind's code.
      // A title's words add little beyond the h1's own weight: many titles share "security token", and a
      // troubleshooter result names its one problem in its title (rank.ts orders each page of results).
      await pagefind.options({
        baseUrl: base,
        excerptLength: 24,
        noWorker: true,
        ranking: { metaWeights: { title: 1 } },
      });
      await pagefind.init();
      await synonyms;
      return pagefind;
    })(),
    () => (loading = undefined),
  );
  return loading;
}

/** Adds ?highlight= so the page a result opens marks the words searched for. */
function withHighlight(url: string, query: string): string {
  const [path, hash = ''] = url.split('#');
  const params = new URLSearchParams({ highlight: query.trim() });
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

const sitePath = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);

/** Every filter value in the index, with how many pages have it. */
export async function allFilterValues(): Promise<FilterCounts> {
  const pagefind = await loadPagefind();
  return (filterValues ??= kept(pagefind.filters(), () => (filterValues = undefined)));
}

/** Keeps only filter values the index knows, so a made-up value in the URL changes nothing. */
export async function knownFilters(filters: Filters): Promise<Filters> {
  const values = await allFilterValues();
  const known: Filters = {};
  for (const [name, chosen] of Object.entries(filters)) {
    const kept = chosen.filter((value) => value in (values[name] ?? {}));
    if (kept.length > 0) known[name] = kept;
  }
  return known;
}

/**
 * Results in the order of `hits`, a page at a time: fragments are fetched only
 * as far as needed, and pages that are noise or that search should not lead to
 * are left out (and taken off the total).
 */
class ResultPages {
  private next = 0;
  private dropped = 0;
  /** Fetched and kept, not yet on a page. */
  private readonly fetched: (SearchResult & { score: number })[] = [];
  readonly marked = new Set<string>();

  private readonly hits: readonly Hit[];
  private readonly byId: ReadonlyMap<string, PagefindResult>;
  private readonly query: string;
  private readonly asked: string;

  /** `query`: the words a result may match; `asked`: the cleaned query searched for. */
  constructor(hits: readonly Hit[], byId: ReadonlyMap<string, PagefindResult>, query: string, asked: string) {
    this.hits = hits;
    this.byId = byId;
    this.query = query;
    this.asked = asked;
  }

  get total(): number {
    return this.hits.length - this.dropped;
  }

  hasMore(): boolean {
    return this.fetched.length > 0 || this.next < this.hits.length;
  }

  /**
   * Fetches results until `count` are waiting to be shown (or there are no
   * more) and says how many are; stops, fetching nothing more, once `signal`
   * is aborted. A search that may yet be set aside fetches only what deciding
   * takes, not a whole page.
   */
  async fetch(count: number, signal?: AbortSignal): Promise<number> {
    while (this.fetched.length < count && this.next < this.hits.length) {
      signal?.throwIfAborted();
      const batch = this.hits.slice(this.next, this.next + count - this.fetched.length);
      this.next += batch.length;
      const data = await Promise.all(batch.map((hit) => this.byId.get(hit.id)!.data()));
      data.forEach((item, i) => {
        const result = this.toResult(item);
        if (result) this.fetched.push({ ...result, score: batch[i]!.score });
        else this.dropped += 1;
      });
    }
    return this.fetched.length;
  }

  /** The next page of results. */
  async page(signal?: AbortSignal): Promise<SearchResult[]> {
    await this.fetch(PAGE_SIZE, signal);
    return rankPage(this.fetched.splice(0, PAGE_SIZE), this.asked).map(({ score: _, ...result }) => result);
  }

  private toResult(item: PagefindResultData): SearchResult | null {
    const kind = resultKind(sitePath(item.url));
    const title = item.meta.title ?? item.url;
    if (!kind || !hasRealMatch(this.query, { excerpt: item.excerpt, title })) return null;
    for (const excerpt of [item.excerpt, ...item.sub_results.map((sub) => sub.excerpt)])
      for (const word of markedWords(excerpt).flatMap(queryWords)) this.marked.add(word);
    for (const word of queryWords(title)) this.marked.add(word);
    return {
      title,
      url: withHighlight(item.url, this.query),
      excerpt: item.excerpt,
      kind,
      subResults: item.sub_results
        .filter((sub) => sub.url !== item.url && sub.title !== item.meta.title)
        .slice(0, 3)
        .map((sub) => ({
          title: sub.title,
          url: withHighlight(sub.url, this.query),
          kind: resultKind(sitePath(sub.url)) ?? kind,
        })),
    };
  }
}

interface Found {
  hits: Hit[];
  counts: FilterCounts;
}

/**
 * One search of a cleaned query: as typed and with the guides' words for any
 * synonyms, merged; pages naming an error code in the query first.
 */
async function searchCleaned(
  pagefind: Pagefind,
  cleaned: string,
  filters: Filters,
  byId: Map<string, PagefindResult>,
): Promise<Found> {
  const run = async (text: string) => {
    const response = await pagefind.search(text, { filters });
    for (const result of response.results) byId.set(result.id, result);
    return response;
  };
  const groups = await synonyms!;
  // Question and stop words only narrow a search that needs every word: left out when other words remain.
  const variants = [cleaned, withGuideWords(cleaned, groups)]
    .filter((text): text is string => text !== null)
    .map((text) => contentWords(text).join(' ') || text);
  const responses = await Promise.all(variants.map(run));
  let hits = mergeByBestScore(responses.map((response) => response.results));
  const codes = errorCodes(cleaned);
  if (codes.length > 0 && codes.join(' ') !== variants[0])
    hits = codesFirst(hits, (await run(codes.join(' '))).results);
  return { hits, counts: responses[0]!.filters };
}

type Notes = Pick<SearchOutcome, 'correctedQuery' | 'partial' | 'counts'>;

function outcome(query: string, pages: ResultPages, first: SearchResult[], extra: Notes): SearchOutcome {
  return {
    query,
    ...extra,
    results: first,
    get total() {
      return pages.total;
    },
    more: () => pages.page(),
    hasMore: () => pages.hasMore(),
  };
}

const loadVocabulary = () =>
  (vocabulary ??= kept(fetchJson<string[]>(SEARCH_DATA.vocabulary), () => (vocabulary = undefined)));

/**
 * With `literal`, misspellings are searched as typed (the reader's "Search
 * instead for"). Aborting `signal` (a newer search has started) stops this one
 * before it fetches more.
 */
export async function search(
  query: string,
  filters: Filters = {},
  options: { literal?: boolean; signal?: AbortSignal } = {},
): Promise<SearchOutcome> {
  const { signal } = options;
  const pagefind = await loadPagefind();
  // A newer search may have started while Pagefind loaded (the reader kept typing).
  signal?.throwIfAborted();
  const typed = query.trim();
  const cleaned = cleanQuery(typed);
  const byId = new Map<string, PagefindResult>();
  const empty = new ResultPages([], byId, typed, cleaned);
  // A single letter would match every word it starts: nothing to search for yet.
  if (!cleaned.split(' ').some((word) => word.length > 1))
    return outcome(typed, empty, [], { correctedQuery: null, partial: false, counts: {} });

  const groups = await synonyms!;
  // The words a result may match (and its page highlights): those typed, and the guides' words for them.
  const matching = (text: string) => [text, withGuideWords(cleanQuery(text), groups)].filter(Boolean).join(' ');
  const direct = await searchCleaned(pagefind, cleaned, filters, byId);
  const directPages = new ResultPages(direct.hits, byId, matching(typed), cleaned);
  let chosen: { pages: ResultPages } & Notes = {
    pages: directPages,
    correctedQuery: null,
    partial: false,
    counts: direct.counts,
  };
  // How many results the chosen search has, counted up to ENOUGH: a whole page is fetched only for the one shown.
  let shown = await directPages.fetch(ENOUGH, signal);

  // A word the results never show may be misspelt: correct it to the nearest word of the site.
  const words = cleaned.split(' ').filter((word) => !isStopWord(word));
  if (!options.literal && (shown === 0 || words.some((word) => !isSeenIn(word, directPages.marked)))) {
    const known = await loadVocabulary();
    const corrected = cleaned
      .split(' ')
      .map((word) => (isStopWord(word) || isKnownWord(word, known) ? word : (nearestWord(word, known) ?? word)))
      .join(' ');
    if (corrected !== cleaned) {
      signal?.throwIfAborted();
      const retry = await searchCleaned(pagefind, corrected, filters, byId);
      const retryPages = new ResultPages(retry.hits, byId, matching(corrected), corrected);
      const retryShown = await retryPages.fetch(ENOUGH, signal);
      if (retryShown > 0) {
        chosen = { pages: retryPages, correctedQuery: corrected, partial: false, counts: retry.counts };
        shown = retryShown;
      }
    }
    // A word the site does not have (and that is no synonym) was left out: the results match some of the words.
    const synonymWords = new Set(groups.flat().flatMap((term) => term.split(' ')));
    const searched = contentWords(chosen.correctedQuery ?? cleaned);
    if (shown > 0 && searched.some((word) => !isKnownWord(word, known) && !synonymWords.has(word)))
      chosen.partial = true;
  }

  if (shown < ENOUGH) {
    // Too little for the question as a whole: rank pages by how many of its words they match.
    const asSearched = chosen.correctedQuery ?? cleaned;
    const known = await loadVocabulary();
    // An error code the site does not name may still share its words (INVALID_OPERATION: "invalid", "operation").
    const usable = (word: string) =>
      isKnownWord(word, known) ? [word] : word.split('_').filter((part) => part.length > 1 && isKnownWord(part, known));
    const some = [...new Set(contentWords(withGuideWords(asSearched, groups) ?? asSearched).flatMap(usable))];
    if (some.length > 0) {
      signal?.throwIfAborted();
      const perWord = await Promise.all(some.map((word) => searchCleaned(pagefind, word, filters, byId)));
      const ranked = rankByWordsMatched(perWord.map((result) => result.hits)).map(({ id, matched }) => ({
        id,
        score: matched,
      }));
      const partialPages = new ResultPages(ranked, byId, some.join(' '), asSearched);
      if ((await partialPages.fetch(ENOUGH, signal)) > shown)
        chosen = { pages: partialPages, correctedQuery: chosen.correctedQuery, partial: true, counts: null };
    }
  }
  const { pages, ...notes } = chosen;
  return outcome(typed, pages, await pages.page(signal), notes);
}
