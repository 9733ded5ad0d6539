import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapLimited } from '../../src/lib/map-limited.ts';

test('mapLimited keeps the order of the items and never runs more than the limit at once', async () => {
  let running = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const results = mapLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
    running += 1;
    most = Math.max(most, running);
    // Each piece of work waits until it is released, so the pieces overlap as much as the limit allows.
    await new Promise<void>((resolve) => releases.push(resolve));
    running -= 1;
    return item * 10;
  });
  while (releases.length > 0 || running > 0) {
    await new Promise((resolve) => setImmediate(resolve));
    releases.shift()?.();
  }
  assert.deepEqual(await results, [10, 20, 30, 40, 50, 60, 70]);
  assert.equal(most, 3);
});

test('mapLimited rejects when a piece of work fails, and copes with no items', async () => {
  await assert.rejects(
    mapLimited([1, 2], 2, async (item) => {
      if (item === 2) throw new Error('two');
      return item;
    }),
    /two/,
  );
  assert.deepEqual(await mapLimited([], 4, async () => 1), []);
});
