/**
 * A separate Astro root for building the site from a copy of content/.
 *
 * Astro keeps its content cache (cacheDir) and .astro/content-modules.mjs
 * under the root. A build of a temporary copy of content/ from the project
 * root would leave paths into that copy in node_modules/.astro/, and the next
 * ordinary build would fail to resolve them once the copy is gone. So such
 * builds (the broken-content tests, the benchmark) run from their own root: a
 * small config that re-exports astro.config.mjs with src/ and public/ pointing
 * back at the project and a cache of its own. Everything else is the project's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function writeAstroRoot(projectRoot: string, astroRoot: string): Promise<void> {
  // The root must sit inside the project so that packages resolve from its node_modules.
  if (path.relative(projectRoot, astroRoot).startsWith('..'))
    throw new Error(`${astroRoot} must be inside ${projectRoot}`);
  await mkdir(astroRoot, { recursive: true });
  await writeFile(
    path.join(astroRoot, 'astro.config.mjs'),
    [
      '// Written by scripts/astro-root.ts: the project config, with its own root and cache.',
      `import config from ${JSON.stringify(pathToFileURL(path.join(projectRoot, 'astro.config.mjs')).href)};`,
      'export default {',
      '  ...config,',
      `  srcDir: ${JSON.stringify(path.join(projectRoot, 'src'))},`,
      `  publicDir: ${JSON.stringify(path.join(projectRoot, 'public'))},`,
      "  cacheDir: './.cache/',",
      '};',
      '',
    ].join('\n'),
  );
}
