import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkSourceRegistry,
  formatRegistryProblems,
  isHttpsUrl,
  type Source,
} from '../../../src/lib/registries/sources.ts';

const source = (id: string, url = `https://help.salesforce.com/s/articleView?id=${id}`): Source => ({
  id,
  title: `Title of ${id}`,
  url,
  publisher: 'salesforce',
  checked: new Date('2026-12-01'),
});
const guide = (id: string, sources: string[]) => ({ file: `content/guides/${id}.mdx`, sources });

test('a registry whose every source is cited, by existing ids, passes', () => {
  const sources = [source('reset-security-token'), source('login-soap-api')];
  const citers = [
    guide('a', ['reset-security-token']),
    { file: 'content/clients.yaml', entry: 'soap-login', sources: ['login-soap-api'] },
  ];
  assert.deepEqual(checkSourceRegistry(sources, citers), []);
});

test('an unknown id names the file, the field, the value and a likely fix', () => {
  const problems = checkSourceRegistry(
    [source('reset-security-token')],
    [guide('a', ['reset-security-token']), guide('b', ['reset-securty-token'])],
  );
  assert.equal(
    formatRegistryProblems(problems),
    'content/guides/b.mdx: field "sources": No source "reset-securty-token" in content/sources.yaml. Did you mean "reset-security-token"? Cite the id of an entry there, or add the source to content/sources.yaml first.',
  );
});

test('an entry within a file is named, so a client or change can be found', () => {
  const problems = checkSourceRegistry(
    [source('x')],
    [guide('a', ['x']), { file: 'content/clients.yaml', entry: 'jsforce', sources: ['nothing-like-it'] }],
  );
  assert.match(
    formatRegistryProblems(problems),
    /^content\/clients\.yaml: field "sources": entry "jsforce": No source "nothing-like-it"/,
  );
});

test('an http address fails and says to use https', () => {
  const problems = checkSourceRegistry([source('blog', 'http://www.example.com/post.html')], [guide('a', ['blog'])]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.field, 'url');
  assert.match(
    problems[0]?.message ?? '',
    /"blog" has the address "http:\/\/www\.example\.com\/post\.html"\. Use the page's https:\/\/ address/,
  );
});

test('isHttpsUrl accepts only full https addresses', () => {
  assert.equal(isHttpsUrl('https://help.salesforce.com/s/articleView?id=005132110&type=1'), true);
  assert.equal(isHttpsUrl('http://help.salesforce.com/'), false);
  assert.equal(isHttpsUrl('https://'), false);
  assert.equal(isHttpsUrl('help.salesforce.com'), false);
  assert.equal(isHttpsUrl('https://example.com/a b'), false);
});

test('an unused source fails and names it', () => {
  const problems = checkSourceRegistry([source('used'), source('forgotten')], [guide('a', ['used'])]);
  assert.deepEqual(problems, [
    {
      file: 'content/sources.yaml',
      field: 'id',
      message:
        'Source "forgotten" is not cited by any guide, troubleshooter outcome, client or change. Cite it where its facts are used, or remove it.',
    },
  ]);
});

test('two sources with one address, and an id cited twice on a page, fail', () => {
  const url = 'https://example.com/page';
  const problems = checkSourceRegistry([source('one', url), source('two', url)], [guide('a', ['one', 'two', 'one'])]);
  const text = formatRegistryProblems(problems);
  assert.match(text, /Sources "one" and "two" have the same address https:\/\/example\.com\/page/);
  assert.match(text, /content\/guides\/a\.mdx: field "sources": "one" is listed twice/);
});
