import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastValidAddress } from '../../src/lib/stale-path.ts';

const pages = new Set(['/t/tree/', '/t/tree/a/', '/t/tree/a/b/']);
const addressOf = (segments: readonly string[]) => `/t/${segments.join('/')}/`;

function counting(isPage: (address: string) => Promise<boolean>) {
  const asked: string[] = [];
  return { asked, isPage: (address: string) => (asked.push(address), isPage(address)) };
}

test('walks forward from the start and stops at the first address that is not a page', async () => {
  const probe = counting(async (address) => pages.has(address));
  const segments = ['tree', 'a', 'b', 'gone', ...Array.from({ length: 1000 }, (_, i) => `x${i}`)];
  assert.equal(await lastValidAddress(segments, addressOf, probe.isPage), '/t/tree/a/b/');
  assert.deepEqual(probe.asked, ['/t/tree/', '/t/tree/a/', '/t/tree/a/b/', '/t/tree/a/b/gone/']);
});

test('a tree that does not exist has no address to continue from', async () => {
  const probe = counting(async () => false);
  assert.equal(await lastValidAddress(['nope', 'a'], addressOf, probe.isPage), undefined);
  assert.equal(probe.asked.length, 1);
});

test('a network error ends the walk at the last address known to be a page', async () => {
  const probe = counting(async (address) => {
    if (address === '/t/tree/a/b/') throw new TypeError('Failed to fetch');
    return pages.has(address);
  });
  assert.equal(await lastValidAddress(['tree', 'a', 'b', 'c'], addressOf, probe.isPage), '/t/tree/a/');
  assert.equal(probe.asked.length, 3);
});
