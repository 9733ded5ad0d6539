import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkAndIndex } from '../../src/lib/built-site/check-and-index.ts';
import { SEARCH_DATA } from '../../src/lib/search/files.ts';

/** A built site of the given files and a content folder with the given synonyms, in a temporary folder removed after the test. */
async function site(t: TestContext, files: Record<string, string>, synonyms: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'check-and-index-test-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, 'site', file)), { recursive: true });
    await writeFile(path.join(root, 'site', file), text);
  }
  await mkdir(path.join(root, 'content'));
  await writeFile(path.join(root, 'content/search-synonyms.yaml'), synonyms);
  process.env.CONTENT_DIR = path.join(root, 'content');
  return root;
}

const HEAD =
  '<head><title>Page</title><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; ' +
  'object-src &#39;none&#39;"></head>';
const guide = (link: string) =>
  `<!DOCTYPE html><html lang="en">${HEAD}<body><nav>Navigation menu <a href="${link}">Home</a></nav>` +
  '<main><article data-pagefind-body><h1>Reset your token</h1><p>Reset the token.</p>' +
  '<aside data-pagefind-ignore>Unrelated aside</aside></article></main></body></html>';
const NOT_FOUND = `<!DOCTYPE html><html lang="en">${HEAD}<body><main>Nothing here</main></body></html>`;

test('a good site gets its _headers, and a search index of the pages with a search body, their words and the synonyms', async (t) => {
  const root = await site(
    t,
    { 'guides/reset/index.html': guide('/404.html'), '404.html': NOT_FOUND },
    '- [token, key]\n',
  );
  const said: string[] = [];
  await checkAndIndex(path.join(root, 'site'), '/', (message) => said.push(message));
  // Pagefind counts every HTML file it reads (the build log's "Indexed N pages"); its index holds the one with a body.
  assert.deepEqual(said, [
    `Checking the pages in ${path.join(root, 'site')} and indexing them for search…`,
    '2 pages: every internal link and anchor resolves.',
    '_headers written: the directives every page shares, plus frame-ancestors.',
    'Indexed 2 pages for search (4 words for typo correction).',
  ]);
  assert.match(
    await readFile(path.join(root, 'site/_headers'), 'utf8'),
    /Content-Security-Policy: object-src 'none'; frame-ancestors 'none'/,
  );
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
});

test('a broken link fails the step, naming the page and the link, and stops the search index', async (t) => {
  const root = await site(t, { 'guides/reset/index.html': guide('/no-such-page/') }, '- [token, key]\n');
  await assert.rejects(
    checkAndIndex(path.join(root, 'site'), '/', () => undefined),
    (error: Error) =>
      error.message.includes('Broken internal links (1 problem)') &&
      error.message.includes('link "/no-such-page/" on /guides/reset/'),
  );
  assert.equal(existsSync(path.join(root, 'site/_headers')), false);
  assert.equal(existsSync(path.join(root, 'site/pagefind', SEARCH_DATA.vocabulary)), false);
});

test('a bad synonyms file fails the step before anything is indexed, naming the file', async (t) => {
  const root = await site(t, { 'guides/reset/index.html': guide('/guides/reset/') }, '- [token, token]\n');
  await assert.rejects(
    checkAndIndex(path.join(root, 'site'), '/', () => undefined),
    /search-synonyms\.yaml/,
  );
  assert.equal(existsSync(path.join(root, 'site/pagefind')), false);
});
