/**
 * The HTML budget of a guide page (design budget: 10 KB gzipped, so a guide
 * stays quick on a slow phone connection whatever the site's size).
 */
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

export const GUIDE_HTML_BUDGET_BYTES = 10 * 1024;

const gzipped = promisify(gzip);

export interface HeavyPage {
  url: string;
  gzipBytes: number;
}

/** The pages whose HTML, gzipped, is over the budget (compressed on libuv's thread pool, in parallel). */
export async function pagesOverBudget(
  pages: readonly { url: string; html: string }[],
  budgetBytes = GUIDE_HTML_BUDGET_BYTES,
): Promise<HeavyPage[]> {
  const sized = await Promise.all(
    pages.map(async (page) => ({ url: page.url, gzipBytes: (await gzipped(page.html, { level: 9 })).length })),
  );
  return sized.filter((page) => page.gzipBytes > budgetBytes);
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
