/**
 * `npm run bench:peer`: builds the same 1,000 generated guides with this site and with Starlight,
 * one after the other on the same machine, and prints both runs and the ratios the design's
 * budget is about (build and index at most 0.5x Starlight's wall time, peak memory at most 0.7x).
 *
 *   1. copy content/ to bench/tmp/peer-*, add the synthetic guides (bench/generate.ts)
 *   2. astro build of this site: the whole site (guides, troubleshooters, search index) plus them
 *   3. install Starlight from the npm registry into a temporary project pinned to this project's
 *      Astro version, and give it the same synthetic guides (Callout becomes Starlight's Aside;
 *      Steps is Starlight's own)
 *   4. astro build of Starlight (which also builds its Pagefind index)
 *   5. print both runs and the ratios; update README.md between the peer markers
 *
 * This site's build does more than Starlight's here (its real guides and every troubleshooter
 * page), so the ratios are, if anything, unfavourable to it.
 *
 * Environment: BENCH_GUIDES (default 1000); BENCH_KEEP=1 keeps the temporary folders.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, measureNodeRun, type MeasuredRun } from './build.ts';
import { cleanupAll, onCleanup } from './cleanup.ts';
import { generateGuides } from './generate.ts';

const GUIDES = Number(process.env['BENCH_GUIDES'] ?? 1000);
const KEEP = process.env['BENCH_KEEP'] === '1';
const TIMEOUT_MS = 10 * 60_000;
const CALLOUT_TO_ASIDE: Record<string, string> = { note: 'note', important: 'tip', warning: 'caution' };

const projectRoot = path.resolve(import.meta.dirname, '..');
const tmpRoot = path.join(projectRoot, 'bench', 'tmp');
const MiB = 1024 * 1024;

function installedVersion(name: string): string {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** A synthetic guide as a Starlight page: title and description, the same body. */
function toStarlightPage(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('A generated guide has no frontmatter.');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(match[1]!)?.[1] ?? '';
  const body = match[2]!
    .replace(/<Callout type="(\w+)"/g, (_, type: string) => `<Aside type="${CALLOUT_TO_ASIDE[type] ?? 'note'}"`)
    .replaceAll('</Callout>', '</Aside>');
  return [
    '---',
    `title: ${field('title')}`,
    `description: ${field('description')}`,
    '---',
    "import { Aside, Steps } from '@astrojs/starlight/components';",
    '',
    body,
  ].join('\n');
}

async function writeStarlightProject(dir: string, guidesDir: string, ids: string[]): Promise<void> {
  await mkdir(path.join(dir, 'src/content/docs/guides'), { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'starlight-peer',
        private: true,
        type: 'module',
        dependencies: { astro: installedVersion('astro'), '@astrojs/starlight': 'latest' },
      },
      null,
      2,
    ),
  );
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      'export default defineConfig({',
      '  integrations: [starlight({ title: "Peer", sidebar: [{ label: "Guides", items: [{ autogenerate: { directory: "guides" } }] }] })],',
      '});',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  await writeFile(path.join(dir, 'src/content/docs/index.mdx'), '---\ntitle: Peer\n---\n\nThe same guides.\n');
  for (const id of ids) {
    const mdx = await readFile(path.join(guidesDir, `${id}.mdx`), 'utf8');
    await writeFile(path.join(dir, 'src/content/docs/guides', `${id}.mdx`), toStarlightPage(mdx));
  }
}

const seconds = (run: MeasuredRun) => `${run.wallSeconds.toFixed(1)} s`;
const memory = (run: MeasuredRun) => `${(run.peakTreeRssBytes / MiB).toFixed(0)} MiB`;

function report(ours: MeasuredRun, peer: MeasuredRun, starlightVersion: string): string {
  const time = ours.wallSeconds / peer.wallSeconds;
  const rss = ours.peakTreeRssBytes / peer.peakTreeRssBytes;
  const verdict = (ratio: number, limit: number) =>
    `${ratio.toFixed(2)}x (budget <= ${limit}x: ${ratio <= limit ? 'pass' : '**over**'})`;
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} with ${GUIDES} generated guides on ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores; Starlight ${starlightVersion}, Astro ${installedVersion('astro')}.`,
    '',
    '| build and index | wall time | peak memory (process tree) |',
    '| --- | --- | --- |',
    `| this site (all of it, plus the generated guides) | ${seconds(ours)} | ${memory(ours)} |`,
    `| Starlight (the generated guides) | ${seconds(peer)} | ${memory(peer)} |`,
    `| ratio | ${verdict(time, 0.5)} | ${verdict(rss, 0.7)} |`,
  ].join('\n');
}

async function updateReadme(summary: string): Promise<void> {
  const readme = path.join(projectRoot, 'README.md');
  const text = await readFile(readme, 'utf8');
  const block = /(<!-- peer:start -->\n)[\s\S]*?(\n<!-- peer:end -->)/;
  if (!block.test(text)) throw new Error('README.md has no <!-- peer:start --> ... <!-- peer:end --> block to update.');
  await writeFile(
    readme,
    text.replace(block, (_, start: string, end: string) => `${start}${summary}${end}`),
  );
}

async function main(): Promise<void> {
  await mkdir(tmpRoot, { recursive: true });
  const work = await mkdtemp(path.join(tmpRoot, 'peer-'));
  if (!KEEP) onCleanup('temporary peer builds', () => rm(work, { recursive: true, force: true }));
  const contentDir = path.join(work, 'content');
  await cp(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  const generated = await generateGuides(contentDir, GUIDES);
  console.log(`Wrote ${generated.ids.length} generated guides.`);

  console.log('Building this site…');
  const ours = await buildSite({
    projectRoot,
    astroRoot: path.join(work, 'site'),
    contentDir,
    outDir: path.join(work, 'dist'),
    siteUrl: 'http://127.0.0.1:4500',
    logFile: path.join(work, 'ours.log'),
    timeoutMs: TIMEOUT_MS,
  });
  console.log(`  ${seconds(ours)}, ${memory(ours)}`);

  const peerDir = path.join(work, 'starlight');
  await writeStarlightProject(peerDir, path.join(contentDir, 'guides'), generated.ids);
  console.log('Installing Starlight from the npm registry…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peerDir, stdio: 'inherit' });
  const starlightVersion = (
    JSON.parse(readFileSync(path.join(peerDir, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  console.log(`Building Starlight ${starlightVersion}…`);
  const peer = await measureNodeRun({
    label: 'Starlight build',
    args: [path.join(peerDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    cwd: peerDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    logFile: path.join(work, 'starlight.log'),
    timeoutMs: TIMEOUT_MS,
  });
  const pages = (await readdir(path.join(peerDir, 'dist/guides'))).length;
  if (pages < GUIDES) throw new Error(`Starlight built ${pages} guide pages of ${GUIDES}; see ${work}/starlight.log.`);
  console.log(`  ${seconds(peer)}, ${memory(peer)}`);

  const summary = report(ours, peer, starlightVersion);
  console.log(`\n${summary}\n`);
  await updateReadme(summary);
  console.log(`Updated README.md.${KEEP ? ` Kept ${path.relative(projectRoot, work)}.` : ''}`);
}

let exitCode = 1;
try {
  await main();
  exitCode = 0;
} catch (error) {
  console.error(`\nbench:peer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await cleanupAll();
  if (existsSync(tmpRoot) && (await readdir(tmpRoot)).length === 0) await rmdir(tmpRoot).catch(() => undefined);
}
process.exitCode = exitCode;
