/**
 * Each folder under tests/fixtures/ is a piece of broken content, laid out
 * like content/. The test lays it over a copy of content/ (see overlay), runs
 * the real build, and asserts that the build fails with every line of
 * expected.txt in its output (the file, the field or node, and the fix).
 * A fixture with a file named warm-cache is built after a good build in the
 * same Astro root, so the cache of that build is there to hide the mistake.
 *
 * Most builds fail within the content sync, so starting Node and Astro was
 * most of their cost: the builds run through Astro's build API in a few
 * long-lived processes (build-worker.ts, build-pool.ts), which report what
 * `npm run build` prints. A few fixtures (CLI_FIXTURES) are built by the real
 * script, one process each, so the command users run stays tested too.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeAstroRoot } from '../../scripts/astro-root.ts';
import { expectedLines } from '../fixtures/expected-lines.ts';
import { BuildPool } from './build-pool.ts';
import type { BuildJob, BuildResult } from './build-worker.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixturesDir = path.join(root, 'tests/fixtures');
const SKIP_IN_OVERLAY = new Set(['expected.txt', 'README.md', 'warm-cache']);

/** Copies a fixture over content/; a file named "x.append" is added to the end of content's "x". */
async function overlay(fixture: string, content: string): Promise<void> {
  for (const entry of await readdir(fixture, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || SKIP_IN_OVERLAY.has(entry.name)) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(content, path.relative(fixture, source));
    await mkdir(path.dirname(target), { recursive: true });
    if (target.endsWith('.append')) await appendFile(target.slice(0, -'.append'.length), await readFile(source));
    else await cp(source, target);
  }
}

// Built by `npm run build`'s script (scripts/build.sh), one process each, as users build: a content schema error
// thrown during the content sync (printed by Astro's CLI error formatter), an error while a page renders (logged,
// then thrown), a broken link found by the build's last step once Astro has exited, and a cached good build that
// must not hide a YAML error (the only warm-cache fixture).
const CLI_FIXTURES = new Set([
  'guide-missing-title',
  'guide-render-error',
  'guide-broken-link',
  'client-yaml-syntax-warm-cache',
]);

/** Builds the site from a content copy with scripts/build.sh, the script `npm run build` runs. */
function buildWithCli({ root: astroRoot, contentDir, outDir }: BuildJob): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn('sh', [path.join(root, 'scripts/build.sh'), '--root', astroRoot], {
      cwd: astroRoot,
      env: {
        ...process.env,
        // The script's `node` is the one running the tests.
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ failed: code !== 0, output }));
  });
}

// A folder without expected.txt is only read by unit tests (tests/unit/troubleshooter/fixtures.test.ts).
const cases = (await readdir(fixturesDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(path.join(fixturesDir, entry.name, 'expected.txt')))
  .map((entry) => entry.name)
  .sort();
// FIXTURES=a,b builds only those fixtures, while working on them.
const selected = process.env.FIXTURES?.split(',') ?? cases;

test('every fixture says what it breaks and expects the file it breaks to be named', async () => {
  for (const name of cases) {
    const dir = path.join(fixturesDir, name);
    assert.ok(existsSync(path.join(dir, 'README.md')), `${name}: add a README.md saying what the fixture breaks`);
    const expected = (await readFile(path.join(dir, 'expected.txt'), 'utf8')).split('\n').filter(Boolean);
    const written = (await readdir(dir, { recursive: true }))
      .filter((file) => !SKIP_IN_OVERLAY.has(path.basename(file)))
      .map((file) => file.replace(/\.append$/, ''));
    assert.ok(
      expected.length >= 2 &&
        expected.some((line) => written.some((file) => line.includes(path.basename(file, '.mdx')))),
      `${name}: expected.txt must name the file it breaks (one of ${written.join(', ')}) and say more`,
    );
  }
});

// A worker waits while a failed build's leftovers finish and while tests copy content, so one worker more
// than the cores keeps them busy (measured on 2 cores with another job running: 2 workers 77 s and 81 s,
// 3 workers 72 s and 69 s, 4 workers 108 s). Each worker grows to about 1.4 GB.
const workers = os.availableParallelism() + 1;
const pool = new BuildPool(workers);
after(() => pool.close());

/** Builds the site from a content copy, in its own Astro root so the project's cache is left alone. */
async function build(name: string, job: BuildJob): Promise<BuildResult> {
  await writeAstroRoot(root, job.root);
  return CLI_FIXTURES.has(name) ? buildWithCli(job) : pool.build(name, job);
}

describe('broken content fails the build with a clear message', { concurrency: workers * 2 }, () => {
  for (const name of cases.filter((name) => selected.includes(name))) {
    test(name, async () => {
      const fixture = path.join(fixturesDir, name);
      const work = await mkdtemp(path.join(os.tmpdir(), `fixture-${name}-`));
      const astroRoot = path.join(root, 'tests/build/.roots', name);
      try {
        const content = path.join(work, 'content');
        const job = { root: astroRoot, contentDir: content, outDir: path.join(work, 'dist') };
        await cp(path.join(root, 'content'), content, { recursive: true });
        if (existsSync(path.join(fixture, 'warm-cache'))) {
          const warm = await build(name, job);
          assert.equal(warm.failed, false, `the good build before ${name} should pass:\n${warm.output.slice(-2000)}`);
        }
        await overlay(fixture, content);
        const { failed, output } = await build(name, job);
        assert.ok(failed, `the build should fail for ${name}, but it passed`);
        const plain = stripVTControlCharacters(output);
        for (const line of expectedLines(fixture)) {
          assert.ok(
            plain.includes(line),
            `the build output for ${name} should include:\n  ${line}\nbut was:\n${plain.slice(-3000)}`,
          );
        }
      } finally {
        await rm(work, { recursive: true, force: true });
        await rm(astroRoot, { recursive: true, force: true });
      }
    });
  }
});
