/**
 * The HTML budget of a guide page (design budget: 10 KB gzipped, so a guide
 * stays quick on a slow phone connection whatever the site's size).
 */
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

export const GUIDE_HTML_BUDGET_BYTES = 10 * 1024;

const gzipped = promisify(gzip);

// Each compression holds its own level-9 deflate state (a few hundred KB); a thousand started at
// once held them all together. One at a time per libuv thread keeps the threads busy, no more.
const AT_ONCE = 4;
let running = 0;
const waiting: (() => void)[] = [];

/** A page's HTML size gzipped at level 9, compressed on libuv's thread pool, four at a time. */
export async function gzipSize(html: string): Promise<number> {
  if (running < AT_ONCE) running += 1;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return (await gzipped(html, { level: 9 })).length;
  } finally {
    // The slot passes straight to the next in line, or is freed.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
