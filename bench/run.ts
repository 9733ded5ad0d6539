/**
 * `npm run bench`: builds the site with 1,000 synthetic guides added to the
 * real content, then measures it against the budgets in design.md.
 *
 *   1. copy content/ to bench/tmp/run-*, add synthetic guides
 *   2. astro build (CONTENT_DIR, OUT_DIR): wall time, peak memory, dist size
 *   3. serve the build, measure each page kind in Chromium (Playwright)
 *   4. time search on /search/ for several queries
 *   5. Lighthouse (mobile) on home, guide, question, outcome, search
 *   6. print a table, write bench/results.json and bench/results.md, update README.md's figures
 *
 * Environment: BENCH_GUIDES (default 1000) changes the number of synthetic
 * guides; BENCH_KEEP=1 keeps the temporary build for inspection.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSite, distStats, type BuildResult, type DistStats } from './build.ts';
import {
  CHROMIUM_PATH,
  launchBrowser,
  measurePage,
  measureRelevance,
  measureSearch,
  type PageMeasurement,
  type QueryMeasurement,
  type RelevanceMeasurement,
} from './browser.ts';
import { RELEVANCE_QUERIES } from '../tests/e2e/search-queries.ts';
import { cleanupAll, onCleanup } from './cleanup.ts';
import { generateGuides } from './generate.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import {
  checkBudgets,
  consoleReport,
  markdownReport,
  median,
  readmeSummary,
  type PageSpec,
  type Results,
} from './report.ts';
import { freePort, startStaticServer, type StaticServer } from '../scripts/static-server.ts';

const SYNTHETIC_GUIDES = Number(process.env['BENCH_GUIDES'] ?? 1000);
const KEEP = process.env['BENCH_KEEP'] === '1';
const BUILD_TIMEOUT_MS = 6 * 60_000;
const QUERIES = [
  'token',
  'reset security token',
  'INVALID_LOGIN',
  'data loader',
  'sandbox email',
  'trusted ip ranges',
  'api only user',
  // The forgiving paths: a correction (fetches the vocabulary) and a question answered by pages matching some words.
  'secuirty token',
  "can't find reset my security token",
];

const projectRoot = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(projectRoot, 'bench');
const tmpRoot = path.join(benchDir, 'tmp');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const step = (message: string) => console.log(`[${elapsed()}] ${message}`);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function chromiumVersion(): string | null {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const notMeasured: string[] = [];
  const notes: string[] = [];
  await mkdir(tmpRoot, { recursive: true });
  const work = await mkdtemp(path.join(tmpRoot, 'run-'));
  if (!KEEP) onCleanup('temporary content and build', () => rm(work, { recursive: true, force: true }));
  const contentDir = path.join(work, 'content');
  const outDir = path.join(work, 'dist');

  step(`copying content/ to ${path.relative(projectRoot, contentDir)}`);
  await cp(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  step(`writing ${SYNTHETIC_GUIDES} synthetic guides`);
  const generated = await generateGuides(contentDir, SYNTHETIC_GUIDES);
  const realGuide = generated.realGuideIds.includes('reset-your-security-token')
    ? 'reset-your-security-token'
    : (generated.realGuideIds[0] ?? '');

  const port = await freePort(4500);
  const origin = `http://127.0.0.1:${port}`;
  step(`astro build (${SYNTHETIC_GUIDES + generated.realGuideIds.length} guides)…`);
  const built: BuildResult = await buildSite({
    projectRoot,
    astroRoot: path.join(work, 'site'),
    contentDir,
    outDir,
    siteUrl: origin,
    logFile: path.join(work, 'build.log'),
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  const { log: _log, ...build } = built;
  step(`built ${build.pagesBuilt ?? '?'} pages in ${build.wallSeconds.toFixed(1)} s`);
  const dist: DistStats = await distStats(outDir);
  if (dist.guidePages < SYNTHETIC_GUIDES + generated.realGuideIds.length) {
    notes.push(
      `Only ${dist.guidePages} guide pages were built from ${SYNTHETIC_GUIDES + generated.realGuideIds.length} guides.`,
    );
  }

  const specs: PageSpec[] = [
    { kind: 'home', url: '/', lighthouse: true, searchBudget: true, guide: false, jsBudget: false },
    { kind: 'guide', url: `/guides/${realGuide}/`, lighthouse: true, searchBudget: true, guide: true, jsBudget: true },
    {
      kind: 'question',
      url: '/troubleshoot/token/get-a-token/',
      lighthouse: true,
      searchBudget: true,
      guide: false,
      jsBudget: true,
    },
    {
      kind: 'outcome',
      url: '/troubleshoot/token/get-a-token/browser-only/',
      lighthouse: true,
      searchBudget: true,
      guide: false,
      jsBudget: true,
    },
    { kind: 'search', url: '/search/', lighthouse: false, searchBudget: true, guide: false, jsBudget: false },
    {
      kind: 'search with query',
      url: '/search/?q=token',
      lighthouse: true,
      searchBudget: false,
      guide: false,
      jsBudget: false,
    },
    {
      kind: 'synthetic guide',
      url: `/guides/${generated.ids[Math.floor(generated.ids.length / 2)] ?? ''}/`,
      lighthouse: false,
      searchBudget: true,
      guide: true,
      jsBudget: true,
    },
    { kind: 'all guides', url: '/guides/', lighthouse: false, searchBudget: true, guide: false, jsBudget: false },
  ];
  notes.push(
    '"search with query" opens /search/?q=token: the query in the URL is engagement, so Pagefind loads and the 0-bytes budget does not apply there.',
  );

  const server: StaticServer = await startStaticServer({ root: outDir, port });
  onCleanup('static server', () => server.close());
  step(`serving the build at ${server.origin}`);

  const measured: PageMeasurement[] = [];
  let queries: QueryMeasurement[] = [];
  let relevance: RelevanceMeasurement | null = null;
  try {
    const browser = await launchBrowser();
    try {
      for (const spec of specs) {
        const page = await measurePage(browser, server, spec.kind, spec.url);
        if (page.status !== 200) notes.push(`${spec.url} answered ${page.status}.`);
        if (page.consoleErrors.length > 0)
          notes.push(`${spec.url} logged console errors: ${page.consoleErrors.slice(0, 3).join(' | ')}`);
        measured.push(page);
      }
      step(`measured ${measured.length} pages in Chromium`);
      try {
        queries = await measureSearch(browser, server, QUERIES);
        step(`timed ${queries.length} search queries`);
      } catch (error) {
        notMeasured.push(`search timing and first-query bytes: ${errorText(error)}`);
      }
      try {
        relevance = await measureRelevance(browser, server, RELEVANCE_QUERIES);
        step(`ran the ${relevance.queries} relevance queries`);
      } catch (error) {
        notMeasured.push(`search relevance: ${errorText(error)}`);
      }
    } finally {
      await browser.close();
    }
  } catch (error) {
    notMeasured.push(`page measurements in Chromium: ${errorText(error)}`);
  }

  const lighthouseBySpec = new Map<string, LighthouseResult>();
  const lighthouseSpecs = specs.filter((spec) => spec.lighthouse);
  try {
    step(`Lighthouse on ${lighthouseSpecs.length} pages…`);
    const runs = await runLighthouse(lighthouseSpecs.map((spec) => new URL(spec.url, server.origin).href));
    runs.forEach((run, i) => lighthouseBySpec.set((lighthouseSpecs[i] as PageSpec).kind, run));
    for (const run of runs) if (run.runtimeError) notes.push(`Lighthouse on ${run.url}: ${run.runtimeError}`);
    step('Lighthouse done');
  } catch (error) {
    notMeasured.push(`Lighthouse: ${errorText(error)}`);
  }
  notMeasured.push(
    'Starlight build time on the same content (Starlight is not installed), so the "half of Starlight" budget is not checked.',
  );

  const pages: Results['pages'] = measured.map((page) => ({
    ...page,
    lighthouse: lighthouseBySpec.get(page.kind) ?? null,
  }));
  const search: Results['search'] =
    queries.length > 0
      ? {
          queries,
          coldMedianMs: median(queries.map((q) => q.coldMs)),
          warmMedianMs: median(queries.flatMap((q) => (q.warmMs === null ? [] : [q.warmMs]))),
          firstQueryWireBytesMedian: median(queries.map((q) => q.firstQueryWireBytes)),
          firstQueryWireBytesMax: Math.max(...queries.map((q) => q.firstQueryWireBytes)),
        }
      : null;
  const budgets = checkBudgets({ specs, pages, dist, search, relevance, build });
  const results: Results = {
    generatedAt: new Date().toISOString(),
    durationSeconds: (performance.now() - started) / 1000,
    environment: {
      node: process.version,
      chromium: chromiumVersion(),
      cpus: os.availableParallelism(),
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      platform: `${os.platform()} ${os.release()}`,
    },
    content: {
      syntheticGuides: SYNTHETIC_GUIDES,
      realGuides: generated.realGuideIds.length,
      syntheticWordsAverage: Math.round(generated.totalWords / Math.max(1, SYNTHETIC_GUIDES)),
    },
    build,
    dist,
    pages,
    search,
    relevance,
    budgets,
    starlight: 'not measured',
    notMeasured,
    notes,
  };
  await writeFile(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(benchDir, 'results.md'), markdownReport(results));
  await updateReadme(results);
  console.log(consoleReport(results));
  if (notes.length > 0) console.log(`Notes:\n${notes.map((note) => `- ${note}`).join('\n')}`);
  console.log(
    `Wrote bench/results.json and bench/results.md.${KEEP ? ` Kept ${path.relative(projectRoot, work)}.` : ''}`,
  );
  return 0;
}

/** Replaces the figures between the bench markers in README.md. */
async function updateReadme(results: Results): Promise<void> {
  const readme = path.join(projectRoot, 'README.md');
  const text = await readFile(readme, 'utf8');
  const block = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
  if (!block.test(text))
    throw new Error('README.md has no <!-- bench:start --> ... <!-- bench:end --> block to update.');
  await writeFile(
    readme,
    text.replace(block, (_, start: string, end: string) => `${start}${readmeSummary(results)}${end}`),
  );
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await cleanupAll();
  if (existsSync(tmpRoot) && (await readdir(tmpRoot)).length === 0) await rmdir(tmpRoot).catch(() => undefined);
}
process.exitCode = exitCode;
