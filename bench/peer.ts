/**
 * `npm run bench:peer`: builds the same 1,000 generated guides with this site and with Starlight,
 * one after the other on the same machine, and prints both runs and the ratios the design's
 * budget is about (build and index at most 0.5x Starlight's wall time, peak memory at most 0.7x).
 *
 *   1. ask the npm registry for Starlight's latest version (a clear error, and nothing built, when
 *      it cannot be reached)
 *   2. copy content/ to bench/tmp/peer-*, add the synthetic guides (bench/generate.ts)
 *   3. install that Starlight into a temporary project pinned to this project's Astro version, and
 *      give it the same synthetic Markdown guides (a callout becomes Starlight's aside directive of the
 *      same kind; :::steps, which Starlight has only as an MDX component, leaves its numbered list as is)
 *   4. in each round, back to back and each from a cold cache: astro build of this site (guides,
 *      troubleshooters, search index, plus them), then astro build of Starlight (which also builds
 *      its Pagefind index); the machine's load average is noted before each build
 *   5. print every round and the ratios of the medians; update README.md between the peer markers
 *      The temporary folder is removed at the end, on failure and on Ctrl+C.
 *
 * This site's build does more than Starlight's here (its real guides and every troubleshooter
 * page), so the ratios are, if anything, unfavourable to it.
 *
 * Environment: BENCH_GUIDES (default 1000); BENCH_ROUNDS (default 2); BENCH_KEEP=1 keeps the
 * temporary folders.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, measureNodeRun, type MeasuredRun } from './build.ts';
import { cleanupAll, onCleanup } from './cleanup.ts';
import { generateGuides } from './generate.ts';

const GUIDES = Number(process.env['BENCH_GUIDES'] ?? 1000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
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

/** A synthetic guide as a Starlight page: title and description, the same Markdown body. */
function toStarlightPage(markdown: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('A generated guide has no frontmatter.');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(match[1]!)?.[1] ?? '';
  const body = match[2]!
    .replace(/^:::steps\n([\s\S]*?)\n:::$/gm, '$1')
    .replace(/^:::(\w+)/gm, (_, type: string) => `:::${CALLOUT_TO_ASIDE[type] ?? 'note'}`);
  return ['---', `title: ${field('title')}`, `description: ${field('description')}`, '---', body].join('\n');
}

/** The first lines npm wrote to stderr when a command failed: enough to see why, without its whole log. */
const npmSaid = (error: unknown) =>
  String((error as { stderr?: unknown }).stderr ?? (error as Error).message)
    .trim()
    .split('\n')
    .slice(0, 3)
    .join('\n');

/** Starlight's latest version, from the registry: the first thing done, so an unreachable registry costs no build. */
function latestStarlightVersion(): string {
  try {
    return execFileSync('npm', ['view', '@astrojs/starlight', 'version'], {
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const registry = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
    throw new Error(
      `Could not ask the npm registry (${registry}) for Starlight's version, so nothing was built.\n${npmSaid(error)}\n` +
        'Fix: check the network connection, or point npm at a reachable registry (npm config set registry <url>).',
      { cause: error },
    );
  }
}

async function writeStarlightProject(
  dir: string,
  guidesDir: string,
  ids: string[],
  starlightVersion: string,
): Promise<void> {
  await mkdir(path.join(dir, 'src/content/docs/guides'), { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'starlight-peer',
        private: true,
        type: 'module',
        dependencies: { astro: installedVersion('astro'), '@astrojs/starlight': starlightVersion },
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
    const markdown = await readFile(path.join(guidesDir, `${id}.md`), 'utf8');
    await writeFile(path.join(dir, 'src/content/docs/guides', `${id}.md`), toStarlightPage(markdown));
  }
}

const seconds = (run: MeasuredRun) => `${run.wallSeconds.toFixed(1)} s`;
const memory = (run: MeasuredRun) => `${(run.peakTreeRssBytes / MiB).toFixed(0)} MiB`;
const cpu = (run: MeasuredRun) => (run.cpuSeconds === null ? 'n/a' : `${run.cpuSeconds.toFixed(1)} s`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Round {
  ours: MeasuredRun;
  peer: MeasuredRun;
  /** The 1-minute load average just before each build. */
  load: { ours: number; peer: number };
}

function report(rounds: Round[], starlightVersion: string): string {
  const time = median(rounds.map((round) => round.ours.wallSeconds)) / median(rounds.map((r) => r.peer.wallSeconds));
  const rss =
    median(rounds.map((round) => round.ours.peakTreeRssBytes)) / median(rounds.map((r) => r.peer.peakTreeRssBytes));
  const verdict = (ratio: number, limit: number) =>
    `${ratio.toFixed(2)}x (budget <= ${limit}x: ${ratio <= limit ? 'pass' : '**over**'})`;
  const rows = rounds.flatMap((round, index) => [
    `| ${index + 1} | this site (all of it, plus the generated guides) | ${round.load.ours.toFixed(1)} | ${seconds(round.ours)} | ${cpu(round.ours)} | ${memory(round.ours)} |`,
    `| ${index + 1} | Starlight (the generated guides) | ${round.load.peer.toFixed(1)} | ${seconds(round.peer)} | ${cpu(round.peer)} | ${memory(round.peer)} |`,
    `| ${index + 1} | ratio | | ${(round.ours.wallSeconds / round.peer.wallSeconds).toFixed(2)}x | ${round.ours.cpuSeconds && round.peer.cpuSeconds ? `${(round.ours.cpuSeconds / round.peer.cpuSeconds).toFixed(2)}x` : 'n/a'} | ${(round.ours.peakTreeRssBytes / round.peer.peakTreeRssBytes).toFixed(2)}x |`,
  ]);
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} with ${GUIDES} generated guides on ${os.availableParallelism()} cores, ${rounds.length} round(s) back to back; Starlight ${starlightVersion}, Astro ${installedVersion('astro')}.`,
    '',
    '| round | build and index | load average before | wall time | CPU time | peak memory (process tree) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Ratio of the medians: wall time ${verdict(time, 0.5)}, peak memory ${verdict(rss, 0.7)}.`,
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

function installStarlight(dir: string): void {
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'pipe'],
      timeout: TIMEOUT_MS,
    });
  } catch (error) {
    throw new Error(
      `Could not install Starlight from the npm registry:\n${npmSaid(error)}\nFix: check the network connection and npm's registry setting.`,
      { cause: error },
    );
  }
}

async function main(): Promise<void> {
  console.log('Asking the npm registry for Starlight…');
  const starlightVersion = latestStarlightVersion();
  await mkdir(tmpRoot, { recursive: true });
  const work = await mkdtemp(path.join(tmpRoot, 'peer-'));
  if (!KEEP) onCleanup('temporary peer builds', () => rm(work, { recursive: true, force: true }));
  const contentDir = path.join(work, 'content');
  await cp(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  const generated = await generateGuides(contentDir, GUIDES);
  console.log(`Wrote ${generated.ids.length} generated guides.`);

  const peerDir = path.join(work, 'starlight');
  await writeStarlightProject(peerDir, path.join(contentDir, 'guides'), generated.ids, starlightVersion);
  console.log(`Installing Starlight ${starlightVersion} from the npm registry…`);
  installStarlight(peerDir);

  const rounds: Round[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const oursLoad = os.loadavg()[0]!;
    console.log(`Round ${round}: building this site (load ${oursLoad.toFixed(1)})…`);
    const ours = await buildSite({
      projectRoot,
      astroRoot: path.join(work, `site-${round}`),
      contentDir,
      outDir: path.join(work, `dist-${round}`),
      siteUrl: 'http://127.0.0.1:4500',
      logFile: path.join(work, `ours-${round}.log`),
      timeoutMs: TIMEOUT_MS,
    });
    console.log(`  ${seconds(ours)}, ${memory(ours)}`);
    await rm(path.join(work, `dist-${round}`), { recursive: true, force: true });

    // Each Starlight build starts as cold as ours: no output, content cache or Vite cache from the last round.
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      await rm(path.join(peerDir, cache), { recursive: true, force: true });
    const peerLoad = os.loadavg()[0]!;
    console.log(`Round ${round}: building Starlight (load ${peerLoad.toFixed(1)})…`);
    const peer = await measureNodeRun({
      label: 'Starlight build',
      args: [path.join(peerDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      cwd: peerDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      logFile: path.join(work, `starlight-${round}.log`),
      timeoutMs: TIMEOUT_MS,
    });
    const pages = (await readdir(path.join(peerDir, 'dist/guides'))).length;
    if (pages < GUIDES)
      throw new Error(`Starlight built ${pages} guide pages of ${GUIDES}; see ${work}/starlight-${round}.log.`);
    console.log(`  ${seconds(peer)}, ${memory(peer)}`);
    rounds.push({ ours, peer, load: { ours: oursLoad, peer: peerLoad } });
  }

  const summary = report(rounds, starlightVersion);
  console.log(`\n${summary}\n`);
  await updateReadme(summary);
  console.log(`Updated README.md.${KEEP ? ` Kept ${path.relative(projectRoot, work)}.` : ''}`);
}

let exitCode = 1;
try {
  await main();
  exitCode = 0;
} catch (error) {
  console.error(`\nbench:peer failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanupAll();
  if (existsSync(tmpRoot) && (await readdir(tmpRoot)).length === 0) await rmdir(tmpRoot).catch(() => undefined);
}
process.exitCode = exitCode;
