import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBrokenLinks, readPage } from '../../src/lib/link-check.ts';
import { withBase, withoutBase } from '../../src/lib/url.ts';
import { isTroubleshooterStep, routes, sourceFileForRoute } from '../../src/lib/routes.ts';
import { guideFileName } from '../../src/lib/content-dir.ts';

test('readPage finds links and ids, decoding entities and skipping scripts and canonical links', () => {
  const { links, ids } = readPage(`
    <link rel="canonical" href="https://example.org/x/"><link rel="stylesheet" href="/a.css">
    <h2 id="why-&amp;-how">Why</h2><a href="/guides/x/#why-&amp;-how">x</a>
    <script>const s = '<a href="/not-a-link/">';</script><template><a href="/nor-this/"></a></template>`);
  assert.deepEqual(links, ['/a.css', '/guides/x/#why-&-how']);
  assert.deepEqual([...ids], ['why-&-how']);
});

test('findBrokenLinks reports missing pages, files, anchors and trailing slashes', () => {
  const pages = [
    {
      url: '/help/',
      html: '<a href="/help/guides/a/">ok</a><a href="guides/a/#top">ok</a><a href="/help/guides/b/">missing</a>',
    },
    {
      url: '/help/guides/a/',
      html: '<h1 id="top">A</h1><a href="/help/guides/a">no slash</a><a href="#nowhere">x</a><img src="/help/logo.svg"><img src="/help/gone.png"><a href="https://elsewhere.org/">out</a>',
    },
  ];
  const broken = findBrokenLinks(
    pages.map((page) => ({ url: page.url, ...readPage(page.html) })),
    new Set(['/help/logo.svg']),
    'https://site.invalid',
  );
  assert.deepEqual(
    broken.map((link) => `${link.page} ${link.href}: ${link.reason}`),
    [
      '/help/ /help/guides/b/: no page at this address',
      '/help/guides/a/ /help/guides/a: missing trailing slash: link to /help/guides/a/',
      '/help/guides/a/ #nowhere: no element with id="nowhere" on /help/guides/a/',
      '/help/guides/a/ /help/gone.png: no such file',
    ],
  );
});

test('withBase prefixes root-relative paths only', () => {
  assert.equal(withBase('/', '/guides/x/'), '/guides/x/');
  assert.equal(withBase('/help/', '/guides/x/'), '/help/guides/x/');
  assert.equal(withBase('/help', '/'), '/help/');
  assert.equal(withBase('/help/', 'https://example.org/'), 'https://example.org/');
  assert.equal(withBase('/help/', '//cdn.example.org/x'), '//cdn.example.org/x');
  assert.equal(withBase('/help/', '#top'), '#top');
});

test('withoutBase strips the base path, or says the path is outside it', () => {
  assert.equal(withoutBase('/help/', '/help/guides/x/'), '/guides/x/');
  assert.equal(withoutBase('/help/', '/help'), '/');
  assert.equal(withoutBase('/help/', '/other/'), null);
  assert.equal(withoutBase('/', '/guides/'), '/guides/');
});

test('routes encode troubleshooter segments and name the source of a page, .md or .mdx as on disk', () => {
  assert.equal(routes.troubleshooter('token', ['api', 'not sure']), '/troubleshoot/token/api/not%20sure/');
  assert.equal(
    sourceFileForRoute('/guides/reset-your-security-token/', guideFileName),
    'content/guides/reset-your-security-token.md',
  );
  assert.match(sourceFileForRoute('/troubleshoot/token/api/', guideFileName)!, /content\/troubleshooters\/token\.yaml/);
  assert.equal(sourceFileForRoute('/search/', guideFileName), null);
});

test('isTroubleshooterStep is true below a tree start, not for the start, the map or a result page', () => {
  assert.equal(isTroubleshooterStep('/troubleshoot/token/'), false);
  assert.equal(isTroubleshooterStep('/troubleshoot/token/api/'), true);
  assert.equal(isTroubleshooterStep('/troubleshoot/token/map/'), false);
  assert.equal(isTroubleshooterStep(routes.troubleshooterResult('token', 'reset-token')), false);
  assert.equal(routes.troubleshooterResult('token', 'reset-token'), '/troubleshoot/token/result/reset-token/');
  assert.equal(isTroubleshooterStep('/troubleshoot/token/result/reset-token/extra/'), true);
  assert.equal(isTroubleshooterStep('/help/troubleshoot/token/api/inside/', '/help/'), true);
  assert.equal(isTroubleshooterStep('/guides/x/'), false);
});
