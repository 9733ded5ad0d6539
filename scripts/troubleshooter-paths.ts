/**
 * Writes content/troubleshooters/<treeId>.paths.txt, the listing of every
 * path through each tree, so that a reviewer sees behaviour changes as a diff.
 *
 *   node scripts/troubleshooter-paths.ts           write the listings
 *   node scripts/troubleshooter-paths.ts --check   exit 1 if any listing is stale
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { listTreeIds, loadTreeFromDir } from '../src/lib/troubleshooter/load-files.ts';
import { formatPathsListing } from '../src/lib/troubleshooter/paths.ts';

const REFRESH_COMMAND = 'npm run troubleshooter:paths';
const LISTING_SUFFIX = '.paths.txt';

interface Listing {
  file: string;
  /** null for the listing of a tree that no longer exists. */
  expected: string | null;
}

function listings(dir: string): Listing[] {
  const treeIds = listTreeIds(dir);
  const current = treeIds.map((treeId) => ({
    file: path.join(dir, `${treeId}${LISTING_SUFFIX}`),
    expected: formatPathsListing(loadTreeFromDir(dir, treeId)),
  }));
  const orphaned = readdirSync(dir)
    .filter((name) => name.endsWith(LISTING_SUFFIX) && !treeIds.includes(name.slice(0, -LISTING_SUFFIX.length)))
    .map((name) => ({ file: path.join(dir, name), expected: null }));
  return [...current, ...orphaned];
}

function isStale({ file, expected }: Listing): boolean {
  const actual = existsSync(file) ? readFileSync(file, 'utf8') : null;
  return actual !== expected;
}

function write({ file, expected }: Listing): void {
  if (expected === null) {
    rmSync(file);
    console.log(`Removed ${file}: its tree is gone.`);
  } else {
    writeFileSync(file, expected);
    console.log(`Wrote ${file}`);
  }
}

const stale = listings(contentDir('troubleshooters')).filter(isStale);

if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    const files = stale.map(({ file }) => `  ${file}`).join('\n');
    console.error(
      `The troubleshooter path listings are out of date:\n${files}\nRun \`${REFRESH_COMMAND}\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('The troubleshooter path listings are up to date.');
} else {
  stale.forEach(write);
  if (stale.length === 0) console.log('The troubleshooter path listings were already up to date.');
}
