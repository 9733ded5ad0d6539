/**
 * The design's budgets (README, "Budgets and latest figures"), checked against the
 * measurements, and the three outputs: a console table, results.json and
 * results.md (for the README to include).
 */
import type { BuildResult, DistStats } from './build.ts';
import type { PageMeasurement, QueryMeasurement, RelevanceMeasurement } from './browser.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';

export const KB = 1024;

export const BUDGETS = {
  jsBytes: 2 * KB,
  guideHtmlBytes: 10 * KB,
  cssBytes: 10 * KB,
  searchBytesBeforeEngagement: 0,
  firstQueryBytes: 160 * KB,
  resultsVisibleMs: 300,
  lighthouseScore: 100,
} as const;

export interface BudgetCheck {
  id: string;
  what: string;
  scope: string;
  measured: number | null;
  unit: 'bytes' | 'ms' | 'score' | 'requests' | 'seconds' | 'queries';
  budget: string;
  /** null: not measured. */
  pass: boolean | null;
  /** Shown for information: design.md does not set this budget for this page. Not counted as pass or fail. */
  informational?: true;
  note?: string;
}

export interface PageSpec {
  kind: string;
  url: string;
  lighthouse: boolean;
  /** The "0 search bytes before engagement" budget applies (not when the URL already holds a query). */
  searchBudget: boolean;
  /** The guide HTML budget applies. */
  guide: boolean;
  /** design.md sets the JS budget for guide and troubleshooter pages; elsewhere the figure is informational. */
  jsBudget: boolean;
}

export interface Results {
  generatedAt: string;
  durationSeconds: number;
  environment: { node: string; chromium: string | null; cpus: number; memoryGiB: number; platform: string };
  content: { syntheticGuides: number; realGuides: number; syntheticWordsAverage: number };
  build: Omit<BuildResult, 'log'> | null;
  dist: DistStats | null;
  pages: (PageMeasurement & { lighthouse: LighthouseResult | null })[];
  search: {
    queries: QueryMeasurement[];
    coldMedianMs: number | null;
    warmMedianMs: number | null;
    firstQueryWireBytesMedian: number | null;
    firstQueryWireBytesMax: number | null;
  } | null;
  relevance: RelevanceMeasurement | null;
  budgets: BudgetCheck[];
  starlight: string;
  notMeasured: string[];
  notes: string[];
}

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const fmtBytes = (bytes: number | null) =>
  bytes === null ? 'n/a' : bytes < KB ? `${bytes} B` : `${(bytes / KB).toFixed(2)} KB`;
const fmtMs = (ms: number | null) => (ms === null ? 'n/a' : `${Math.round(ms)} ms`);
const fmtMiB = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / KB / KB).toFixed(0)} MiB`);

export function fmtMeasured(check: BudgetCheck): string {
  if (check.measured === null) return 'not measured';
  switch (check.unit) {
    case 'bytes':
      return fmtBytes(check.measured);
    case 'ms':
      return fmtMs(check.measured);
    case 'seconds':
      return `${check.measured.toFixed(1)} s`;
    case 'queries':
      return `${check.measured} queries`;
    default:
      return String(check.measured);
  }
}

export function checkBudgets(input: {
  specs: readonly PageSpec[];
  pages: Results['pages'];
  dist: DistStats | null;
  search: Results['search'];
  relevance: Results['relevance'];
  build: Results['build'];
}): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const at = (limit: number, measured: number | null) => (measured === null ? null : measured <= limit);
  for (const page of input.pages) {
    const spec = input.specs.find((item) => item.kind === page.kind);
    checks.push({
      id: `js:${page.kind}`,
      what: 'JS before interaction (fetched + inline, gzip -9)',
      scope: `${page.kind} ${page.url}`,
      measured: page.jsGzipBytes,
      unit: 'bytes',
      budget: '<= 2 KB',
      pass: at(BUDGETS.jsBytes, page.jsGzipBytes),
      ...(spec?.jsBudget === false
        ? {
            informational: true as const,
            note: 'design.md sets this budget for guide and troubleshooter pages; shown for information',
          }
        : {}),
    });
    checks.push({
      id: `css:${page.kind}`,
      what: 'CSS (fetched + inline, gzip -9)',
      scope: `${page.kind} ${page.url}`,
      measured: page.cssGzipBytes,
      unit: 'bytes',
      budget: '<= 10 KB',
      pass: at(BUDGETS.cssBytes, page.cssGzipBytes),
    });
    if (spec?.guide) {
      checks.push({
        id: `html:${page.kind}`,
        what: 'Guide HTML (gzip -9), 1,000+ guides in the site',
        scope: `${page.kind} ${page.url}`,
        measured: page.htmlGzipBytes,
        unit: 'bytes',
        budget: '<= 10 KB',
        pass: at(BUDGETS.guideHtmlBytes, page.htmlGzipBytes),
      });
    }
    if (spec?.searchBudget) {
      checks.push({
        id: `search-before-engagement:${page.kind}`,
        what: 'Search bytes before engagement (/pagefind/)',
        scope: `${page.kind} ${page.url}`,
        measured: page.searchBytes,
        unit: 'bytes',
        budget: '0',
        pass: page.searchBytes === BUDGETS.searchBytesBeforeEngagement,
      });
    }
  }
  if (input.pages.length > 0) {
    const offenders = input.pages.flatMap((page) => [...page.fontRequests, ...page.thirdPartyRequests]);
    checks.push({
      id: 'fonts-third-party',
      what: 'Web fonts or third-party requests',
      scope: 'all measured pages',
      measured: offenders.length,
      unit: 'requests',
      budget: '0',
      pass: offenders.length === 0,
      ...(offenders.length > 0 ? { note: offenders.slice(0, 5).join(', ') } : {}),
    });
  }
  if (input.dist) {
    checks.push({
      id: 'html:largest-guide',
      what: 'Guide HTML (gzip -9), largest guide page in the build',
      scope: input.dist.largestGuideHtml.url,
      measured: input.dist.largestGuideHtml.gzipBytes,
      unit: 'bytes',
      budget: '<= 10 KB',
      pass: at(BUDGETS.guideHtmlBytes, input.dist.largestGuideHtml.gzipBytes),
    });
  }
  const search = input.search;
  checks.push({
    id: 'search:first-query-bytes',
    what: 'First query over the wire (/pagefind/, worst of the queries)',
    scope: '/search/',
    measured: search?.firstQueryWireBytesMax ?? null,
    unit: 'bytes',
    budget: '<= 160 KB',
    pass: at(BUDGETS.firstQueryBytes, search?.firstQueryWireBytesMax ?? null),
    note: 'per file: gzip -9 of the body, or the body as is when it is smaller (Pagefind ships its index and wasm gzipped)',
  });
  checks.push({
    id: 'search:results-visible-cold',
    what: 'Last keystroke to results visible, first query on a fresh page (median)',
    scope: '/search/',
    measured: search?.coldMedianMs ?? null,
    unit: 'ms',
    budget: '<= 300 ms',
    pass: at(BUDGETS.resultsVisibleMs, search?.coldMedianMs ?? null),
    note: "includes the page's 100 ms debounce and loading Pagefind",
  });
  checks.push({
    id: 'search:results-visible-warm',
    what: 'Last keystroke to results visible, later queries (median)',
    scope: '/search/',
    measured: search?.warmMedianMs ?? null,
    unit: 'ms',
    budget: '<= 300 ms',
    pass: at(BUDGETS.resultsVisibleMs, search?.warmMedianMs ?? null),
  });
  const relevance = input.relevance;
  const ofSuite = relevance ? `of ${relevance.queries}` : '';
  checks.push(
    {
      id: 'search:relevance-hit-at-3',
      what: 'Relevance suite: queries with an expected page in the top 3',
      scope: '/search/, tests/e2e/search-queries.ts',
      measured: relevance?.hitAt3 ?? null,
      unit: 'queries',
      budget: relevance ? `all ${relevance.queries}` : 'all',
      pass: relevance ? relevance.hitAt3 === relevance.queries : null,
      informational: true,
      note: `hit@1 ${relevance?.hitAt1 ?? 'n/a'} ${ofSuite}; on the bench build, where 1,000 synthetic guides compete (npm test holds the real site to all)`,
    },
    {
      id: 'search:relevance-zero-results',
      what: 'Relevance suite: queries that find nothing',
      scope: '/search/, tests/e2e/search-queries.ts',
      measured: relevance?.zeroResults ?? null,
      unit: 'queries',
      budget: '0',
      pass: relevance ? relevance.zeroResults === 0 : null,
    },
  );
  for (const page of input.pages) {
    const spec = input.specs.find((item) => item.kind === page.kind);
    if (!spec?.lighthouse) continue;
    for (const category of CATEGORIES) {
      const score = page.lighthouse?.scores[category] ?? null;
      const lost = page.lighthouse?.failed[category]?.map((audit) => audit.id).join(', ');
      const note = [
        category === 'seo' && /\/troubleshoot\/[^/]+\/[^/]+\//.test(page.url)
          ? 'troubleshooter steps are noindex by design'
          : '',
        category === 'seo' && page.url.startsWith('/search/') ? 'the search page is noindex' : '',
        lost ? `lost points: ${lost}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      checks.push({
        id: `lighthouse:${category}:${page.kind}`,
        what: `Lighthouse ${category} (mobile)`,
        scope: `${page.kind} ${page.url}`,
        measured: score,
        unit: 'score',
        budget: '100',
        pass: score === null ? null : score >= BUDGETS.lighthouseScore,
        ...(note ? { note } : {}),
      });
    }
  }
  checks.push({
    id: 'build:half-of-starlight',
    what: 'Build and index 1,000 guides: half of Starlight or less',
    scope: '2-core machine',
    measured: null,
    unit: 'seconds',
    budget: '<= 0.5 × Starlight',
    pass: null,
    note: `not measured (Starlight not installed); this site took ${input.build ? `${input.build.wallSeconds.toFixed(1)} s` : 'n/a'}`,
  });
  return checks;
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(headers: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${headers.map(escape).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

const passText = (check: BudgetCheck) =>
  check.pass === null
    ? 'not measured'
    : check.informational
      ? check.pass
        ? 'info (within)'
        : 'info (over)'
      : check.pass
        ? 'pass'
        : 'FAIL';

function sections(results: Results): { title: string; headers: string[]; rows: string[][] }[] {
  const out: { title: string; headers: string[]; rows: string[][] }[] = [];
  if (results.build && results.dist) {
    const b = results.build;
    const d = results.dist;
    out.push({
      title: `Build (${results.content.syntheticGuides} synthetic + ${results.content.realGuides} real guides)`,
      headers: ['measure', 'value'],
      rows: [
        ['astro build wall time (incl. Pagefind index)', `${b.wallSeconds.toFixed(1)} s`],
        ['peak RSS, whole process tree (sampled)', fmtMiB(b.peakTreeRssBytes)],
        ['max RSS, largest single process (GNU time)', fmtMiB(b.maxProcessRssBytes)],
        ['pages built / indexed', `${b.pagesBuilt ?? 'n/a'} / ${b.pagesIndexed ?? 'n/a'}`],
        ['dist size', `${(d.bytes / KB / KB).toFixed(1)} MiB in ${d.files} files`],
        ['Pagefind index', `${(d.pagefindBytes / KB / KB).toFixed(1)} MiB in ${d.pagefindFiles} files`],
        [
          'guide HTML gzip: median / largest',
          `${fmtBytes(d.medianGuideHtmlGzipBytes)} / ${fmtBytes(d.largestGuideHtml.gzipBytes)} (${d.largestGuideHtml.url})`,
        ],
      ],
    });
  }
  if (results.pages.length > 0) {
    out.push({
      title: 'Pages, before any interaction (gzip -9 of each body)',
      headers: [
        'page',
        'url',
        'HTML',
        'JS (fetched+inline)',
        'CSS',
        'search bytes',
        'LH perf',
        'LH a11y',
        'LH best-pr.',
        'LH SEO',
      ],
      rows: results.pages.map((page) => [
        page.kind,
        page.url,
        fmtBytes(page.htmlGzipBytes),
        `${fmtBytes(page.jsGzipBytes)} (${fmtBytes(page.jsFetchedGzipBytes)}+${fmtBytes(page.jsInlineGzipBytes)})`,
        fmtBytes(page.cssGzipBytes),
        fmtBytes(page.searchBytes),
        ...CATEGORIES.map((category) => (page.lighthouse ? String(page.lighthouse.scores[category] ?? 'n/a') : '-')),
      ]),
    });
  }
  if (results.search) {
    const s = results.search;
    out.push({
      title: 'Search on /search/ (typed at 60 ms per key; time from last keystroke to results painted)',
      headers: [
        'query',
        'results shown',
        'first query (cold)',
        'later query (warm)',
        'first-query bytes (wire)',
        'raw',
      ],
      rows: [
        ...s.queries.map((q) => [
          q.query,
          String(q.results),
          fmtMs(q.coldMs),
          fmtMs(q.warmMs),
          fmtBytes(q.firstQueryWireBytes),
          fmtBytes(q.firstQueryRawBytes),
        ]),
        ['median', '', fmtMs(s.coldMedianMs), fmtMs(s.warmMedianMs), fmtBytes(s.firstQueryWireBytesMedian), ''],
      ],
    });
  }
  if (results.relevance) {
    const r = results.relevance;
    const rate = (count: number) => `${count} of ${r.queries} (${Math.round((count / r.queries) * 100)}%)`;
    out.push({
      title: 'Search relevance (the suite in tests/e2e/search-queries.ts, on this build)',
      headers: ['measure', 'value'],
      rows: [
        ['hit@1: an expected page first', rate(r.hitAt1)],
        ['hit@3: an expected page in the top 3', rate(r.hitAt3)],
        ['zero-result rate', rate(r.zeroResults)],
        ...r.misses.map((miss) => ['not in the top 3', miss]),
      ],
    });
  }
  out.push({
    title: 'Budgets (design.md)',
    headers: ['budget', 'scope', 'measured', 'limit', 'result', 'note'],
    rows: results.budgets.map((check) => [
      check.what,
      check.scope,
      fmtMeasured(check),
      check.budget,
      passText(check),
      check.note ?? '',
    ]),
  });
  return out;
}

export function consoleReport(results: Results): string {
  const parts = sections(results).map((section) => `\n${section.title}\n${table(section.headers, section.rows)}`);
  const counted = results.budgets.filter((check) => !check.informational);
  const failed = counted.filter((check) => check.pass === false).length;
  const passed = counted.filter((check) => check.pass === true).length;
  const unmeasured = results.budgets.filter((check) => check.pass === null).length;
  parts.push(
    `\nBudgets: ${passed} pass, ${failed} fail, ${unmeasured} not measured` +
      ` (${results.budgets.length - counted.length} informational figures not counted).`,
  );
  const failures = counted.filter((check) => check.pass === false);
  if (failures.length > 0)
    parts.push(
      `Over budget:\n${failures.map((check) => `- ${check.what}, ${check.scope}: ${fmtMeasured(check)} (limit ${check.budget})${check.note ? `; ${check.note}` : ''}`).join('\n')}`,
    );
  if (results.notMeasured.length > 0)
    parts.push(`Not measured:\n${results.notMeasured.map((item) => `- ${item}`).join('\n')}`);
  parts.push(`Total benchmark time: ${results.durationSeconds.toFixed(0)} s.`);
  return parts.join('\n');
}

export function markdownReport(results: Results): string {
  const env = results.environment;
  const head = [
    '<!-- Written by `npm run bench` (bench/run.ts). Do not edit by hand. -->',
    '',
    `Measured ${results.generatedAt.slice(0, 10)} on ${env.cpus} CPU cores, Node ${env.node}, ${env.chromium ?? 'Chromium'}, ` +
      `with ${results.content.syntheticGuides} synthetic guides (about ${results.content.syntheticWordsAverage} words each) ` +
      `added to the ${results.content.realGuides} real ones. Sizes are gzip level 9 of each response body; 1 KB = 1,024 bytes.`,
  ];
  const body = sections(results).map(
    (section) => `### ${section.title}\n\n${markdownTable(section.headers, section.rows)}`,
  );
  const tail = [
    `Starlight comparison: ${results.starlight}.`,
    ...(results.notMeasured.length > 0
      ? ['', 'Not measured:', '', ...results.notMeasured.map((item) => `- ${item}`)]
      : []),
  ];
  return `${[...head, '', ...body.flatMap((section) => [section, '']), ...tail].join('\n')}\n`;
}

/**
 * The README's summary: one row per budget (its worst page), so the figures sit
 * next to the budgets. Informational rows are left out; bench/results.md has them all.
 */
export function readmeSummary(results: Results): string {
  const rows = new Map<string, BudgetCheck[]>();
  for (const check of results.budgets.filter((budget) => !budget.informational)) {
    rows.set(check.what, [...(rows.get(check.what) ?? []), check]);
  }
  const verdict = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? 'pass' : '**over**');
  const lines = [...rows].map(([what, checks]) => {
    const failing = checks.filter((check) => check.pass === false);
    const shown = failing[0] ?? checks.find((check) => check.pass !== null) ?? checks[0]!;
    const where =
      failing.length > 0 ? failing.map((check) => check.scope.split(' ')[0]).join(', ') : `${checks.length} measured`;
    const pass = failing.length > 0 ? false : checks.every((check) => check.pass === null) ? null : true;
    return `| ${what} | ${shown.budget} | ${fmtMeasured(shown)} | ${verdict(pass)} (${where}) |`;
  });
  return [
    `Measured ${results.generatedAt.slice(0, 10)} with ${results.content.syntheticGuides} synthetic guides added, on ${results.environment.cpus} cores; full figures in [bench/results.md](bench/results.md).`,
    '',
    '| budget | limit | measured (worst page) | result |',
    '| --- | --- | --- | --- |',
    ...lines,
    ...(results.relevance
      ? [
          '',
          `Search relevance on this build (the ${results.relevance.queries} queries of tests/e2e/search-queries.ts, with the synthetic guides competing): ` +
            `hit@1 ${results.relevance.hitAt1}, hit@3 ${results.relevance.hitAt3}, zero results ${results.relevance.zeroResults}. ` +
            '`npm test` requires hit@3 for every query on the real site.',
        ]
      : []),
  ].join('\n');
}
