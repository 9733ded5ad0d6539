/**
 * A long-lived build process for the broken-content tests (started by
 * build-pool.ts). It imports Astro once and runs the builds it is sent one
 * after another through Astro's build API, so the fixtures cost a few Node and
 * Astro start-ups instead of one each.
 *
 * Each build reports what `npm run build` (scripts/build.sh) would have:
 * whether it failed, and everything it printed, including a thrown error
 * formatted as Astro's CLI formats it (astro/dist/cli/throw-and-exit.js), the
 * strict-build summary that the CLI prints at exit
 * (src/integrations/strict-build.ts), and the build's last step, which the
 * script runs once Astro has exited (the checks of the built pages and the
 * search index). Astro loads the config and src/ afresh for every build; what
 * lives on in this process is set or reset here for each build: the working
 * directory, the environment the config reads, and the complaints list.
 */
import { build } from 'astro';
import { takeComplaints } from '../../src/integrations/strict-build.ts';
import { runCheckAndIndex } from '../../src/lib/built-site/check-and-index.ts';
import { siteConfig } from '../../src/site.config.ts';

export interface BuildJob {
  root: string;
  contentDir: string;
  outDir: string;
}

export interface BuildResult {
  failed: boolean;
  output: string;
}

// Astro's CLI error formatting is not exported; these are the modules throw-and-exit.js imports.
const dist = new URL('.', import.meta.resolve('astro'));
const [{ collectErrorMetadata }, { createSafeError }, { isAstroConfigZodError }, { formatErrorMessage }] =
  await Promise.all([
    import(new URL('core/errors/dev/index.js', dist).href),
    import(new URL('core/errors/index.js', dist).href),
    import(new URL('core/errors/errors.js', dist).href),
    import(new URL('core/messages/runtime.js', dist).href),
  ]);

let output = '';

/** Everything written to stdout or stderr (Astro's logger, Vite, console) goes into the output of the current build. */
function capture(chunk: string | Uint8Array, ...rest: unknown[]): boolean {
  output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const callback = rest.find((arg) => typeof arg === 'function');
  if (callback) queueMicrotask(callback as () => void);
  return true;
}
process.stdout.write = capture as typeof process.stdout.write;
process.stderr.write = capture as typeof process.stderr.write;

const counts = (resources: string[]) => Map.groupBy(resources, (name) => name);
// What keeps this process alive between builds (the IPC channel, the stderr pipe), as found when the first starts.
let between: ReturnType<typeof counts> | undefined;

/**
 * Waits until nothing of the last build is still running: when a build throws, Astro's other content
 * loaders go on reading and logging, and it saves its data store half a second later. `astro build` would
 * exit and cut them off; here they would log into the next build. So a build ends when the process
 * would exit by itself, and its output may hold a few lines more than the CLI's, never fewer.
 */
async function settled(): Promise<void> {
  const busy = () =>
    [...counts(process.getActiveResourcesInfo())].some(([name, all]) => all.length > (between!.get(name)?.length ?? 0));
  while (busy()) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function run(job: BuildJob): Promise<BuildResult> {
  output = '';
  between ??= counts(process.getActiveResourcesInfo());
  // As the CLI runs in the root: Astro puts a build's temporary files under the working directory
  // when the output directory is outside it (getOutDirWithinCwd), and two workers must not share them.
  process.chdir(job.root);
  process.env.CONTENT_DIR = job.contentDir;
  process.env.OUT_DIR = job.outDir;
  let failed = false;
  try {
    // outDir is passed as well as OUT_DIR, in case a module that reads OUT_DIR is ever cached by this process.
    // One page at a time: when a render fails, Astro stops the build, but renders already queued behind it
    // (build.concurrency) go on, and in this process they would log into the next fixture's output.
    await build({ root: job.root, outDir: job.outDir, build: { concurrency: 1 } });
  } catch (error) {
    failed = true;
    // The CLI prints a config schema error where it is thrown (resolveConfig), and nothing more.
    if (!isAstroConfigZodError(error))
      console.error(formatErrorMessage(collectErrorMetadata(createSafeError(error)), true));
  }
  await settled();
  // A failed build exits 1 before the summary would be printed; either way the list starts empty for the next build.
  const complaints = takeComplaints();
  if (complaints && !failed) {
    failed = true;
    process.stderr.write(`\n${complaints}\n`);
  }
  // What scripts/build.sh runs once `astro build` has exited: the checks of the built pages and the search index.
  if (!failed) failed = !(await runCheckAndIndex(job.outDir, siteConfig.basePath, capture, capture));
  return { failed, output };
}

process.on('message', (job: BuildJob) => {
  void run(job).then((result) => process.send!(result));
});
process.on('disconnect', () => process.exit(0));
