/**
 * Measurements in Chromium through Playwright: what each page fetches before
 * any interaction, and how search behaves when someone types a query.
 * Bytes come from the files the server sent (its log), gzipped here at
 * level 9, never from transfer sizes the browser reports.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { StaticServer, Served } from '../scripts/static-server.ts';
import type { RelevanceQuery } from '../tests/e2e/search-queries.ts';
import { searchOnPage } from '../tests/e2e/search-results.ts';
import { onCleanup } from './cleanup.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export type RequestKind = 'html' | 'js' | 'css' | 'search' | 'font' | 'image' | 'other';

export interface RequestRecord {
  path: string;
  kind: RequestKind;
  status: number;
  rawBytes: number;
  gzipBytes: number;
  /** What a static host would send: gzip for text, the file as is when gzip does not make it smaller (Pagefind's files are gzipped already). */
  wireBytes: number;
}

export interface PageMeasurement {
  kind: string;
  url: string;
  status: number;
  htmlRawBytes: number;
  htmlGzipBytes: number;
  jsFetchedGzipBytes: number;
  jsInlineGzipBytes: number;
  /** Fetched plus inline script, gzip level 9. */
  jsGzipBytes: number;
  cssFetchedGzipBytes: number;
  cssInlineGzipBytes: number;
  cssGzipBytes: number;
  /** Bytes under /pagefind/ fetched before any interaction (wire bytes). */
  searchBytes: number;
  searchRequests: number;
  fontRequests: string[];
  thirdPartyRequests: string[];
  consoleErrors: string[];
  requests: RequestRecord[];
}

export interface QueryMeasurement {
  query: string;
  results: number;
  /** Cold: a fresh page, Pagefind not loaded yet. Last keystroke to results painted. */
  coldMs: number;
  /** Warm: the same page, after an earlier query loaded Pagefind. */
  warmMs: number | null;
  firstQueryWireBytes: number;
  firstQueryGzipBytes: number;
  firstQueryRawBytes: number;
  firstQueryRequests: { path: string; rawBytes: number; wireBytes: number }[];
}

const fileCache = new Map<string, Buffer>();
async function fileBytes(file: string): Promise<Buffer> {
  let bytes = fileCache.get(file);
  if (!bytes) {
    bytes = await readFile(file);
    fileCache.set(file, bytes);
  }
  return bytes;
}

const gzip9 = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function kindOf(urlPath: string): RequestKind {
  if (urlPath.startsWith('/pagefind/')) return 'search';
  if (urlPath.endsWith('/') || urlPath.endsWith('.html')) return 'html';
  if (/\.m?js$/.test(urlPath)) return 'js';
  if (urlPath.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf|eot)$/.test(urlPath)) return 'font';
  if (/\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(urlPath)) return 'image';
  return 'other';
}

interface Fetched extends RequestRecord {
  file: string;
}

async function records(served: Served[]): Promise<Fetched[]> {
  return Promise.all(
    served.map(async (item) => {
      const body = item.file ? await fileBytes(item.file) : Buffer.alloc(0);
      const gzipBytes = body.length > 0 ? gzip9(body) : 0;
      return {
        path: item.path,
        kind: kindOf(item.path),
        status: item.status,
        rawBytes: body.length,
        gzipBytes,
        wireBytes: Math.min(body.length, gzipBytes),
        file: item.file,
      };
    }),
  );
}

const publicRecord = ({ file: _file, ...record }: Fetched): RequestRecord => record;

const sum = (list: readonly RequestRecord[], pick: (item: RequestRecord) => number) =>
  list.reduce((total, item) => total + pick(item), 0);

/** Scripts and styles written into the HTML, each kind gzipped as one block. */
function inlineCode(html: string): { js: number; css: number } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/.test(m[1] ?? '') && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .join('\n');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').join('\n');
  return { js: scripts.trim() ? gzip9(scripts) : 0, css: styles.trim() ? gzip9(styles) : 0 };
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  onCleanup('playwright chromium', () => browser.close());
  return browser;
}

function watchContext(context: BrowserContext, origin: string) {
  const thirdParty: string[] = [];
  const fonts: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) thirdParty.push(url);
    if (request.resourceType() === 'font') fonts.push(url);
  });
  return { thirdParty, fonts };
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
}

export async function measurePage(
  browser: Browser,
  server: StaticServer,
  kind: string,
  url: string,
): Promise<PageMeasurement> {
  const context = await browser.newContext();
  try {
    const watched = watchContext(context, server.origin);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    server.take();
    const response = await page.goto(new URL(url, server.origin).href, { waitUntil: 'load' });
    await settle(page);
    const served = await records(server.take());
    const pathname = new URL(url, server.origin).pathname;
    const doc = served.find((item) => item.path === pathname && item.kind === 'html');
    const rest = served.filter((item) => item !== doc);
    const inline = inlineCode(doc?.file ? (await fileBytes(doc.file)).toString('utf8') : '');
    const js = rest.filter((item) => item.kind === 'js');
    const css = rest.filter((item) => item.kind === 'css');
    const search = rest.filter((item) => item.kind === 'search');
    const jsFetched = sum(js, (item) => item.gzipBytes);
    const cssFetched = sum(css, (item) => item.gzipBytes);
    return {
      kind,
      url,
      status: response?.status() ?? 0,
      htmlRawBytes: doc?.rawBytes ?? 0,
      htmlGzipBytes: doc?.gzipBytes ?? 0,
      jsFetchedGzipBytes: jsFetched,
      jsInlineGzipBytes: inline.js,
      jsGzipBytes: jsFetched + inline.js,
      cssFetchedGzipBytes: cssFetched,
      cssInlineGzipBytes: inline.css,
      cssGzipBytes: cssFetched + inline.css,
      searchBytes: sum(search, (item) => item.wireBytes),
      searchRequests: search.length,
      fontRequests: watched.fonts,
      thirdPartyRequests: watched.thirdParty,
      consoleErrors,
      requests: served.map(publicRecord),
    };
  } finally {
    await context.close();
  }
}

declare global {
  interface Window {
    __bench?: { lastInput: number; shown: number; results: number };
  }
}

/** Times from the last `input` event to the frame after results appear for the current query. */
async function instrumentSearch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.getElementById('search-page-query') as HTMLInputElement;
    const status = document.getElementById('search-status') as HTMLElement;
    const state = { lastInput: 0, shown: 0, results: 0 };
    window.__bench = state;
    input.addEventListener(
      'input',
      () => {
        state.lastInput = performance.now();
        state.shown = 0;
      },
      true,
    );
    const check = () => {
      const text = status.textContent ?? '';
      const links = document.querySelectorAll('#search-results .result-link').length;
      if (
        state.shown === 0 &&
        state.lastInput > 0 &&
        /results? for/.test(text) &&
        text.includes(input.value.trim()) &&
        links > 0
      ) {
        state.results = links;
        const seenAt = performance.now();
        requestAnimationFrame(() => {
          if (state.shown === 0) state.shown = Math.max(seenAt, performance.now());
        });
      }
    };
    new MutationObserver(check).observe(document.getElementById('search-results')!.parentElement!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

async function typeAndTime(page: Page, query: string): Promise<{ ms: number; results: number }> {
  const input = page.locator('#search-page-query');
  await input.click();
  await input.pressSequentially(query, { delay: 60 });
  await page.waitForFunction(() => (window.__bench?.shown ?? 0) > 0, undefined, { timeout: 15_000 });
  const state = await page.evaluate(() => window.__bench!);
  return { ms: state.shown - state.lastInput, results: state.results };
}

/**
 * For each query: a fresh page, type, time it and count what came from
 * /pagefind/ (the first query's cost). Then all queries again on one page,
 * after a warm-up query, for the warm time.
 */
export async function measureSearch(
  browser: Browser,
  server: StaticServer,
  queries: readonly string[],
): Promise<QueryMeasurement[]> {
  const out: QueryMeasurement[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
      await settle(page);
      const before = (await records(server.take())).filter((item) => item.kind === 'search');
      if (before.length > 0) throw new Error(`/search/ fetched ${before.length} Pagefind files before anyone typed.`);
      await instrumentSearch(page);
      const { ms, results } = await typeAndTime(page, query);
      await settle(page);
      const fetched = (await records(server.take())).filter((item) => item.kind === 'search');
      out.push({
        query,
        results,
        coldMs: ms,
        warmMs: null,
        firstQueryWireBytes: sum(fetched, (item) => item.wireBytes),
        firstQueryGzipBytes: sum(fetched, (item) => item.gzipBytes),
        firstQueryRawBytes: sum(fetched, (item) => item.rawBytes),
        firstQueryRequests: fetched.map((item) => ({
          path: item.path,
          rawBytes: item.rawBytes,
          wireBytes: item.wireBytes,
        })),
      });
    } finally {
      await context.close();
    }
  }
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
    await settle(page);
    await instrumentSearch(page);
    await typeAndTime(page, 'salesforce');
    for (const measured of out) {
      await page.locator('#search-page-query').fill('');
      await page.waitForFunction(() => !document.querySelector('#search-results .result-link'), undefined, {
        timeout: 5_000,
      });
      await page.waitForTimeout(200);
      measured.warmMs = (await typeAndTime(page, measured.query)).ms;
    }
  } finally {
    await context.close();
    server.take();
  }
  return out;
}

export interface RelevanceMeasurement {
  queries: number;
  /** Queries whose first result is an expected page. */
  hitAt1: number;
  /** Queries with an expected page in the top 3. */
  hitAt3: number;
  /** Queries that found nothing. */
  zeroResults: number;
  misses: string[];
}

/** The relevance suite's queries on this build's search page, one page for all of them. */
export async function measureRelevance(
  browser: Browser,
  server: StaticServer,
  queries: readonly RelevanceQuery[],
): Promise<RelevanceMeasurement> {
  const context = await browser.newContext();
  const measured: RelevanceMeasurement = { queries: queries.length, hitAt1: 0, hitAt3: 0, zeroResults: 0, misses: [] };
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
    for (const { query, expected } of queries) {
      const top = await searchOnPage(page, query);
      if (top.length === 0) measured.zeroResults += 1;
      if (expected.includes(top[0] ?? '')) measured.hitAt1 += 1;
      if (top.slice(0, 3).some((path) => expected.includes(path))) measured.hitAt3 += 1;
      else measured.misses.push(`"${query}": ${top.slice(0, 3).join(', ') || 'nothing'}`);
    }
  } finally {
    await context.close();
    server.take();
  }
  return measured;
}
