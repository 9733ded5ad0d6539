/**
 * Each folder under tests/fixtures/ is a piece of broken content, laid out
 * like content/. The test lays it over a copy of content/ (see overlay), runs
 * the real build, and asserts that the build fails with every line of
 * expected.txt in its output (the file, the field or node, and the fix).
 * A fixture with a file named warm-cache is built after a good build in the
 * same Astro root, so the cache of that build is there to hide the mistake.
 * Content checks run before anything is bundled, so most builds fail within
 * seconds; the builds run two per core.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeAstroRoot } from '../../scripts/astro-root.ts';
import { expectedLines } from '../fixtures/expected-lines.ts';

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

/** Builds the site from a content copy, in its own Astro root so the project's cache is left alone. */
async function build(
  contentDir: string,
  outDir: string,
  astroRoot: string,
): Promise<{ code: number | null; output: string }> {
  await writeAstroRoot(root, astroRoot);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', astroRoot],
      {
        cwd: astroRoot,
        env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
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

// Each build waits on files and child processes part of the time, so two per core keep the cores
// busy (measured on 2 cores: 181 s two at a time, 159 s four at a time).
const concurrency = os.availableParallelism() * 2;

describe('broken content fails the build with a clear message', { concurrency }, () => {
  for (const name of cases.filter((name) => selected.includes(name))) {
    test(name, async () => {
      const fixture = path.join(fixturesDir, name);
      const work = await mkdtemp(path.join(os.tmpdir(), `fixture-${name}-`));
      const astroRoot = path.join(root, 'tests/build/.roots', name);
      try {
        const content = path.join(work, 'content');
        await cp(path.join(root, 'content'), content, { recursive: true });
        if (existsSync(path.join(fixture, 'warm-cache'))) {
          const warm = await build(content, path.join(work, 'dist'), astroRoot);
          assert.equal(warm.code, 0, `the good build before ${name} should pass:\n${warm.output.slice(-2000)}`);
        }
        await overlay(fixture, content);
        const { code, output } = await build(content, path.join(work, 'dist'), astroRoot);
        assert.notEqual(code, 0, `the build should fail for ${name}, but it passed`);
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
