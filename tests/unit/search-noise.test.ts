import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasRealMatch, isRealMatch, markedWords, queryWords } from '../../src/lib/search/noise.ts';

test('queryWords keeps underscores so error codes stay whole', () => {
  assert.deepEqual(queryWords('LOGIN_MUST_USE_SECURITY_TOKEN data-loader'), [
    'login_must_use_security_token',
    'data',
    'loader',
  ]);
});

test('markedWords reads the words Pagefind marked', () => {
  assert.deepEqual(markedWords('Reset your <mark>security</mark> <mark>Token</mark> now'), ['security', 'token']);
});

test('isRealMatch accepts whole words and long shared stems, not short prefixes', () => {
  assert.equal(isRealMatch('reset', 'resetting'), true);
  assert.equal(isRealMatch('authenticator', 'authentication'), true);
  assert.equal(isRealMatch('sf', 'sfdx'), true);
  assert.equal(isRealMatch('qxjzv', 'quick'), false);
  assert.equal(isRealMatch('zzzzzz', 'zebra'), false);
});

test('hasRealMatch drops prefix noise and keeps real hits in excerpt or title', () => {
  assert.equal(hasRealMatch('qxjzv', { excerpt: 'a <mark>quick</mark> fix', title: 'Quick fixes' }), false);
  assert.equal(hasRealMatch('sandbox token', { excerpt: 'your <mark>sandbox</mark> org', title: 'x' }), true);
  assert.equal(hasRealMatch('invalid_grant', { excerpt: 'no marks here', title: 'What invalid_grant means' }), true);
});
