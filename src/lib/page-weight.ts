/**
 * The HTML budget of a guide page (design budget: 10 KB gzipped, so a guide
 * stays quick on a slow phone connection whatever the site's size).
 */
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

export const GUIDE_HTML_BUDGET_BYTES = 10 * 1024;

const gzipped = promisify(gzip);

/** A page's HTML size gzipped at level 9, compressed on libuv's thread pool. */
export async function gzipSize(html: string): Promise<number> {
  return (await gzipped(html, { level: 9 })).length;
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
