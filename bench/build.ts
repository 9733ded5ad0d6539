/**
 * Runs the site's build (scripts/build.sh: `astro build`, then the search
 * index) on a content directory and measures wall time, peak memory (the
 * whole process tree, polled from /proc, and the largest single process from
 * GNU time when it is installed) and what the build wrote.
 *
 * The build runs with its own Astro root (see scripts/astro-root.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { onCleanup } from './cleanup.ts';
import { writeAstroRoot } from '../scripts/astro-root.ts';

export interface BuildResult extends MeasuredRun {
  pagesBuilt: number | null;
  pagesIndexed: number | null;
}

const PAGE_SIZE = 4096;

async function readProcTree(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return 0;
  }
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        try {
          const text = await readFile(`/proc/${name}/stat`, 'utf8');
          // Fields after the ")" that closes the command name: state is field 3, ppid 4, rss 24.
          const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
          const pid = Number(name);
          const ppid = Number(fields[1]);
          rss.set(pid, Number(fields[21]) * PAGE_SIZE);
          children.set(ppid, [...(children.get(ppid) ?? []), pid]);
        } catch {
          // The process ended while we looked.
        }
      }),
  );
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface MeasuredRun {
  wallSeconds: number;
  /** Highest summed RSS of the process tree, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** GNU time's "Maximum resident set size": the largest single process. null without /usr/bin/time. */
  maxProcessRssBytes: number | null;
  /** GNU time's user plus system CPU seconds (the process and the children it waited for). null without /usr/bin/time. */
  cpuSeconds: number | null;
  log: string;
}

/**
 * Runs a Node script (args[0]; or args with another program) to completion and measures it: wall
 * time, the peak summed RSS of its process tree, and GNU time's largest single process where
 * /usr/bin/time exists. Output goes to logFile; a non-zero exit throws with the last lines.
 */
export async function measureNodeRun(options: {
  label: string;
  /** What runs args; this Node unless given. */
  program?: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  timeoutMs: number;
}): Promise<MeasuredRun> {
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const timeFile = `${options.logFile}.time`;
  const program = options.program ?? process.execPath;
  const command = gnuTime ?? program;
  const args = gnuTime ? ['-v', '-o', timeFile, program, ...options.args] : options.args;
  const logFd = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  const killTree = () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  const removeCleanup = onCleanup(options.label, killTree);
  let peak = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      if (child.pid) peak = Math.max(peak, await readProcTree(child.pid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const timer = setTimeout(killTree, options.timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal })),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  clearTimeout(timer);
  polling = false;
  await poll;
  removeCleanup();
  closeSync(logFd);
  const log = await readFile(options.logFile, 'utf8');
  if (code !== 0) {
    const tail = log.split('\n').slice(-40).join('\n');
    throw new Error(
      `${options.label} failed (exit ${code ?? signal}) after ${wallSeconds.toFixed(1)} s. Last lines:\n${tail}`,
    );
  }
  let maxProcessRssBytes: number | null = null;
  let cpuSeconds: number | null = null;
  if (gnuTime && existsSync(timeFile)) {
    const times = await readFile(timeFile, 'utf8');
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(times);
    if (match) maxProcessRssBytes = Number(match[1]) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(times);
    const system = /System time \(seconds\): ([\d.]+)/.exec(times);
    if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
  }
  return { wallSeconds, peakTreeRssBytes: peak, maxProcessRssBytes, cpuSeconds, log };
}

export async function buildSite(options: {
  projectRoot: string;
  /** A directory inside projectRoot for Astro's root: config, .astro/ and cache go there. */
  astroRoot: string;
  contentDir: string;
  outDir: string;
  siteUrl: string;
  logFile: string;
  timeoutMs: number;
}): Promise<BuildResult> {
  await writeAstroRoot(options.projectRoot, options.astroRoot);
  const run = await measureNodeRun({
    label: 'site build',
    // The whole build as `npm run build` runs it, so the tree measured holds Astro and then the search index.
    program: 'sh',
    args: [path.join(options.projectRoot, 'scripts/build.sh'), '--root', options.astroRoot],
    cwd: options.astroRoot,
    env: {
      ...process.env,
      // The script's `node` is the one running the bench.
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      CONTENT_DIR: options.contentDir,
      OUT_DIR: options.outDir,
      SITE_URL: options.siteUrl,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    logFile: options.logFile,
    timeoutMs: options.timeoutMs,
  });
  const built = /(\d+) page\(s\) built/.exec(run.log);
  const indexed = /Indexed (\d+) pages for search/.exec(run.log);
  return {
    ...run,
    pagesBuilt: built ? Number(built[1]) : null,
    pagesIndexed: indexed ? Number(indexed[1]) : null,
  };
}

export interface DistStats {
  bytes: number;
  files: number;
  htmlPages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  guidePages: number;
  /** The largest guide page, gzip level 9. */
  largestGuideHtml: { url: string; gzipBytes: number; rawBytes: number };
  medianGuideHtmlGzipBytes: number;
}

export async function distStats(outDir: string): Promise<DistStats> {
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  let pagefindBytes = 0;
  let pagefindFiles = 0;
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = (await stat(file)).size;
    bytes += size;
    files += 1;
    if (entry.name.endsWith('.html')) htmlPages += 1;
    if (path.relative(outDir, file).startsWith(`pagefind${path.sep}`)) {
      pagefindBytes += size;
      pagefindFiles += 1;
    }
  }
  const guidesDir = path.join(outDir, 'guides');
  const sizes: { url: string; gzipBytes: number; rawBytes: number }[] = [];
  for (const entry of await readdir(guidesDir, { withFileTypes: true })) {
    const file = path.join(guidesDir, entry.name, 'index.html');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const html = await readFile(file);
    sizes.push({
      url: `/guides/${entry.name}/`,
      gzipBytes: gzipSync(html, { level: 9 }).length,
      rawBytes: html.length,
    });
  }
  sizes.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sorted = sizes.map((size) => size.gzipBytes).sort((a, b) => a - b);
  return {
    bytes,
    files,
    htmlPages,
    pagefindBytes,
    pagefindFiles,
    guidePages: sizes.length,
    largestGuideHtml: sizes[0] ?? { url: '', gzipBytes: 0, rawBytes: 0 },
    medianGuideHtmlGzipBytes: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}
