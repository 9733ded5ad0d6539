/**
 * `npm run build`: runs `astro build` (with this script's arguments, e.g. --root, and its environment:
 * OUT_DIR, BASE_PATH, CONTENT_DIR, ...) and, once Astro has exited, builds the search index in this
 * process over the folder Astro wrote (src/lib/search/build-index.ts). Indexed inside Astro's process
 * at build:done, Pagefind's indexer (about 300 MiB on 1,000 guides) ran beside the memory Astro still
 * held and raised the build's peak by as much. Astro reports the folder it wrote to through a file
 * (src/lib/built-site-folder.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { BUILT_SITE_FOLDER_FILE } from '../src/lib/built-site-folder.ts';

const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
/** A line as Astro's logger writes one. Only called once Astro has exited: Intl's data costs memory. */
const log = (message: string) =>
  `${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })} [search-index] ${message}\n`;

/** Runs `astro build` with stdio inherited; its exit code (1 if a signal ended it). */
function astroBuild(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, [astro, 'build', ...args], { env, stdio: 'inherit' });
  // Stopping this script stops the build too.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? 1);
    });
  });
}

const temporary = await mkdtemp(path.join(os.tmpdir(), 'site-build-'));
try {
  const report = path.join(temporary, 'site-folder');
  const code = await astroBuild(process.argv.slice(2), { ...process.env, [BUILT_SITE_FOLDER_FILE]: report });
  if (code !== 0) process.exitCode = code;
  else {
    const site = await readFile(report, 'utf8').catch(() => {
      throw new Error(
        'astro build finished without saying where it wrote the site (see src/lib/built-site-folder.ts).',
      );
    });
    // Imported only now: while Astro runs, this process holds as little memory as it can.
    const { buildSearchIndex } = await import('../src/lib/search/build-index.ts');
    const { pages, words } = await buildSearchIndex(site);
    process.stdout.write(log(`Indexed ${pages} pages for search (${words} words for typo correction).`));
  }
} catch (error) {
  process.stderr.write(log(`[ERROR] The search index was not built: ${(error as Error).message}`));
  process.exitCode = 1;
} finally {
  await rm(temporary, { recursive: true, force: true });
}
