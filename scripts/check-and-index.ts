/**
 * `node scripts/check-and-index.ts <site folder>`: the build's last step over a built site: its checks,
 * _headers and search index (src/lib/built-site/check-and-index.ts). scripts/build.sh runs it once
 * `astro build` has exited. A failed check prints its problems and exits 1.
 */
import { runCheckAndIndex } from '../src/lib/built-site/check-and-index.ts';
import { siteConfig } from '../src/site.config.ts';

const succeeded = await runCheckAndIndex(
  process.argv[2],
  siteConfig.basePath,
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
if (!succeeded) process.exitCode = 1;
