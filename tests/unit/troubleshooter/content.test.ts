/**
 * The real trees in content/troubleshooters/ pass verification, and their
 * committed path listings are up to date.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { clientSchema } from '../../../src/lib/content-schema.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/schema-errors.ts';
import { listTreeIds, loadTreeFromDir } from '../../../src/lib/troubleshooter/load-files.ts';
import { formatPathsListing } from '../../../src/lib/troubleshooter/paths.ts';
import { MAX_TREE_PAGES, verifyTree } from '../../../src/lib/troubleshooter/verify.ts';

const CONTENT = path.join(import.meta.dirname, '../../../content');
const TREES = path.join(CONTENT, 'troubleshooters');

function guideIds(): Set<string> {
  const files = readdirSync(path.join(CONTENT, 'guides'), { recursive: true, encoding: 'utf8' });
  return new Set(
    files
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) =>
        file
          .replace(/\.mdx?$/, '')
          .split(path.sep)
          .join('/'),
      ),
  );
}

/** The ids of content/clients.yaml, read through the clients' schema as the site reads them. */
function clientIds(): Set<string> {
  const file = path.join(CONTENT, 'clients.yaml');
  const clients = parseWithFriendlyErrors(z.array(clientSchema), parse(readFileSync(file, 'utf8')), file);
  return new Set(clients.map((client) => client.id));
}

describe('the troubleshooters in content/', () => {
  const treeIds = listTreeIds(TREES);
  const known = { guideIds: guideIds(), clientIds: clientIds(), maxPages: MAX_TREE_PAGES };

  test('the trees are the token tree for users and the admin tree', () => {
    assert.deepEqual(treeIds, ['token', 'user-cant-reset']);
  });

  for (const treeId of treeIds) {
    test(`${treeId} passes verification`, () => {
      assert.deepEqual(verifyTree(loadTreeFromDir(TREES, treeId), known), []);
    });

    test(`${treeId}: every outcome file is reached, cites a source, and links only to guides that exist`, () => {
      const loaded = loadTreeFromDir(TREES, treeId);
      const listing = formatPathsListing(loaded);
      for (const outcome of loaded.outcomes) {
        assert.match(listing, new RegExp(`->  ${outcome.id} \\(`), `${outcome.file} is reached by some path`);
        assert.match(
          readFileSync(outcome.file, 'utf8'),
          /^sources:(\n {2}- [a-z0-9]| \[[a-z0-9])/m,
          `${outcome.file} cites a source`,
        );
        for (const id of outcome.related) assert.ok(known.guideIds.has(id), `${outcome.file}: related guide ${id}`);
      }
    });

    test(`${treeId}.paths.txt is up to date`, () => {
      const file = path.join(TREES, `${treeId}.paths.txt`);
      const stale = `content/troubleshooters/${treeId}.paths.txt is missing or out of date. Run \`npm run troubleshooter:paths\` and commit the result.`;
      assert.ok(existsSync(file), stale);
      assert.equal(readFileSync(file, 'utf8'), formatPathsListing(loadTreeFromDir(TREES, treeId)), stale);
    });
  }
});
