import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSourceRegistry, isHttpsUrl } from '../../../src/lib/registries/sources.ts';
import type { Source } from '../../../src/lib/content-schema.ts';
import { formatBuildProblems } from '../../../src/lib/build-problems.ts';

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
  assert.deepEqual(problems, [
    {
      file: 'content/guides/b.mdx',
      where: 'sources',
      message: 'No source "reset-securty-token" in content/sources.yaml.',
      fix: 'Did you mean "reset-security-token"? Cite the id of an entry there, or add the source to content/sources.yaml first.',
    },
  ]);
});

test('an entry within a file is named, so a client or change can be found', () => {
  const problems = checkSourceRegistry(
    [source('x')],
    [guide('a', ['x']), { file: 'content/clients.yaml', entry: 'jsforce', sources: ['nothing-like-it'] }],
  );
  assert.deepEqual(
    problems.map(({ file, where, message }) => [file, where, message]),
    [['content/clients.yaml', 'entry "jsforce", sources', 'No source "nothing-like-it" in content/sources.yaml.']],
  );
});

test('an http address fails and says to use https', () => {
  const problems = checkSourceRegistry([source('blog', 'http://www.example.com/post.html')], [guide('a', ['blog'])]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.where, 'url');
  assert.match(problems[0]?.message ?? '', /"blog" has the address "http:\/\/www\.example\.com\/post\.html"\./);
  assert.match(problems[0]?.fix ?? '', /^Use the page's https:\/\/ address/);
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
      where: 'id',
      message: 'Source "forgotten" is not cited by any guide, troubleshooter outcome, client or change.',
      fix: 'Cite it where its facts are used, or remove it.',
    },
  ]);
});

test('two sources with one address, and an id cited twice on a page, fail', () => {
  const url = 'https://example.com/page';
  const problems = checkSourceRegistry([source('one', url), source('two', url)], [guide('a', ['one', 'two', 'one'])]);
  const text = formatBuildProblems('Sources', problems);
  assert.match(text, /Sources "one" and "two" have the same address https:\/\/example\.com\/page/);
  assert.match(text, /content\/guides\/a\.mdx\n {2}where: {3}sources\n {2}problem: "one" is listed twice/);
});
