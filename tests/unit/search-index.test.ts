import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { SEARCH_DATA } from '../../src/lib/search/files.ts';

/** A built site of the given files and a content folder with the given synonyms, in a temporary folder. */
async function site(files: Record<string, string>, synonyms: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'search-index-test-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, 'site', file)), { recursive: true });
    await writeFile(path.join(root, 'site', file), text);
  }
  await mkdir(path.join(root, 'content'));
  await writeFile(path.join(root, 'content/search-synonyms.yaml'), synonyms);
  process.env.CONTENT_DIR = path.join(root, 'content');
  return root;
}

const GUIDE =
  '<!DOCTYPE html><html lang="en"><head><title>Reset</title></head><body><nav>Navigation menu</nav>' +
  '<main><article data-pagefind-body><h1>Reset your token</h1><p>Reset the token.</p>' +
  '<aside data-pagefind-ignore>Unrelated aside</aside></article></main></body></html>';
const NOT_FOUND =
  '<!DOCTYPE html><html lang="en"><head><title>Not found</title></head><body><main>Nothing here</main></body></html>';

test('the index covers the pages with a search body, with their words for typo correction and the synonyms beside it', async () => {
  const root = await site({ 'guides/reset/index.html': GUIDE, '404.html': NOT_FOUND }, '- [token, key]\n');
  try {
    // Pagefind counts every HTML file it reads (the build log's "Indexed N pages"); its index holds the one with a body.
    assert.deepEqual(await buildSearchIndex(path.join(root, 'site')), { pages: 2, words: 4 });
    const output = path.join(root, 'site/pagefind');
    const entry = JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.en.page_count, 1);
    assert.ok(existsSync(path.join(output, 'pagefind.js')));
    // Only the search body's words, outside data-pagefind-ignore: not the navigation, the aside or the 404 page.
    assert.deepEqual(JSON.parse(await readFile(path.join(output, SEARCH_DATA.vocabulary), 'utf8')), [
      'reset',
      'token',
      'the',
      'your',
    ]);
    assert.deepEqual(JSON.parse(await readFile(path.join(output, SEARCH_DATA.synonyms), 'utf8')), [['token', 'key']]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a bad synonyms file fails the index, naming the file', async () => {
  const root = await site({ 'guides/reset/index.html': GUIDE }, '- [token, token]\n');
  try {
    await assert.rejects(buildSearchIndex(path.join(root, 'site')), /search-synonyms\.yaml/);
    assert.equal(existsSync(path.join(root, 'site/pagefind')), false);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
