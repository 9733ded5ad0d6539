/**
 * Lighthouse, mobile preset defaults (simulated throttling), against the
 * system Chromium started by chrome-launcher.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';
import { onCleanup } from './cleanup.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number | null>;
  /** Audits that cost points, per category: id and title. */
  failed: Partial<Record<Category, { id: string; title: string; score: number | null }[]>>;
  metrics: {
    fcpMs: number | null;
    lcpMs: number | null;
    tbtMs: number | null;
    cls: number | null;
    speedIndexMs: number | null;
  };
  runtimeError: string | null;
  seconds: number;
}

export async function runLighthouse(urls: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
  });
  const removeCleanup = onCleanup('lighthouse chromium', () => chrome.kill());
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const started = performance.now();
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      const scores = {} as Record<Category, number | null>;
      const failed: LighthouseResult['failed'] = {};
      for (const category of CATEGORIES) {
        const entry = lhr.categories[category];
        scores[category] = entry?.score === null || entry?.score === undefined ? null : Math.round(entry.score * 100);
        const lost = (entry?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
          .map((audit) => ({ id: audit!.id, title: audit!.title, score: audit!.score }));
        if (lost.length > 0) failed[category] = lost;
      }
      const numeric = (id: string) => {
        const value = lhr.audits[id]?.numericValue;
        return value === undefined ? null : Math.round(value * 1000) / 1000;
      };
      results.push({
        url,
        scores,
        failed,
        metrics: {
          fcpMs: numeric('first-contentful-paint'),
          lcpMs: numeric('largest-contentful-paint'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          speedIndexMs: numeric('speed-index'),
        },
        runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
        seconds: (performance.now() - started) / 1000,
      });
    }
  } finally {
    chrome.kill();
    removeCleanup();
  }
  return results;
}
