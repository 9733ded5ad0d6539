/**
 * The HTML budget of a guide page (design budget: 10 KB gzipped, so a guide
 * stays quick on a slow phone connection whatever the site's size).
 */
import { gzipSync } from 'node:zlib';

export const GUIDE_HTML_BUDGET_BYTES = 10 * 1024;

export interface HeavyPage {
  url: string;
  gzipBytes: number;
}

/** The pages whose HTML, gzipped, is over the budget. */
export function pagesOverBudget(
  pages: readonly { url: string; html: string }[],
  budgetBytes = GUIDE_HTML_BUDGET_BYTES,
): HeavyPage[] {
  return pages
    .map((page) => ({ url: page.url, gzipBytes: gzipSync(page.html, { level: 9 }).length }))
    .filter((page) => page.gzipBytes > budgetBytes);
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
