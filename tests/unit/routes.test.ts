/** Building addresses (hrefFor) and reading them back (parseRoute). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureTrailingSlash, hrefFor } from '../../src/lib/url.ts';
import { isTroubleshooterStep, parseRoute, routes, sourceFileForRoute } from '../../src/lib/routes.ts';

test('hrefFor adds the base path and the trailing slash, and leaves files, fragments and other sites alone', () => {
  const root = hrefFor('/');
  const help = hrefFor('/help/');
  assert.equal(root(routes.guide('x')), '/guides/x/');
  assert.equal(help(routes.guide('x')), '/help/guides/x/');
  assert.equal(help('/guides/x'), '/help/guides/x/');
  assert.equal(help(routes.topic('admin')), '/help/guides/#topic-admin');
  assert.equal(help('/guides?q=token#top'), '/help/guides/?q=token#top');
  assert.equal(help('/favicon.svg'), '/help/favicon.svg');
  assert.equal(help(routes.home), '/help/');
  assert.equal(help('https://example.org/a'), 'https://example.org/a');
  assert.equal(help('#top'), '#top');
});

test('ensureTrailingSlash touches only a page path that lacks one', () => {
  assert.equal(ensureTrailingSlash('/troubleshoot/token/api'), '/troubleshoot/token/api/');
  assert.equal(ensureTrailingSlash('/troubleshoot/token/api/'), '/troubleshoot/token/api/');
  assert.equal(ensureTrailingSlash('/sitemap-index.xml'), '/sitemap-index.xml');
  assert.equal(ensureTrailingSlash('#x'), '#x');
});

test('parseRoute reads back every address routes builds', () => {
  const cases = [
    [routes.home, { kind: 'home' }],
    [routes.guides, { kind: 'guides' }],
    [routes.guide('reset-your-security-token'), { kind: 'guide', id: 'reset-your-security-token' }],
    [routes.troubleshooters, { kind: 'troubleshooters' }],
    [routes.troubleshooter('token'), { kind: 'troubleshooter', tree: 'token', segments: [] }],
    [
      routes.troubleshooter('token', ['api', 'not sure']),
      { kind: 'troubleshooter', tree: 'token', segments: ['api', 'not sure'] },
    ],
    [routes.treeMap('token'), { kind: 'tree-map', tree: 'token' }],
    [
      routes.troubleshooterResult('token', 'reset-token'),
      { kind: 'tree-result', tree: 'token', outcome: 'reset-token' },
    ],
    [routes.search, { kind: 'search' }],
    [routes.sources, { kind: 'sources' }],
    [routes.changes, { kind: 'changes' }],
  ] as const;
  for (const [route, expected] of cases) assert.deepEqual(parseRoute(route), expected, route);
});

test('parseRoute strips the base path and says "other" for what the site never builds', () => {
  assert.deepEqual(parseRoute('/help/guides/x/', '/help/'), { kind: 'guide', id: 'x' });
  assert.deepEqual(parseRoute('/help', '/help/'), { kind: 'home' });
  assert.deepEqual(parseRoute('/guides/x/', '/help/'), { kind: 'other' });
  assert.deepEqual(parseRoute('/guides/x'), { kind: 'other' });
  assert.deepEqual(parseRoute('/guides/x/y/'), { kind: 'other' });
  assert.deepEqual(parseRoute('/troubleshoot/token/%E0%A4%A/'), { kind: 'other' });
  assert.deepEqual(parseRoute('/favicon.svg'), { kind: 'other' });
});

test('sourceFileForRoute names the content file behind a guide or troubleshooter page', () => {
  const guideFile = (id: string) => `content/guides/${id}.mdx`;
  assert.equal(sourceFileForRoute(routes.guide('x'), guideFile), 'content/guides/x.mdx');
  assert.match(sourceFileForRoute(routes.treeMap('token'), guideFile)!, /content\/troubleshooters\/token\.yaml/);
  assert.match(
    sourceFileForRoute(routes.troubleshooterResult('token', 'o'), guideFile)!,
    /content\/troubleshooters\/token\.yaml/,
  );
  assert.equal(sourceFileForRoute(routes.troubleshooters, guideFile), null);
});

test('isTroubleshooterStep: a page reached by answers, under any base', () => {
  assert.equal(isTroubleshooterStep('/help/troubleshoot/token/api/', '/help/'), true);
  assert.equal(isTroubleshooterStep('/help/troubleshoot/token/', '/help/'), false);
  assert.equal(isTroubleshooterStep('/troubleshoot/token/result/', '/'), true);
});
