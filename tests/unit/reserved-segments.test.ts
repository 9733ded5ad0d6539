import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { RESERVED_TREE_SEGMENTS } from '../../src/lib/routes.ts';

test('RESERVED_TREE_SEGMENTS names every page of a tree other than its steps', async () => {
  const dir = path.resolve(import.meta.dirname, '../../src/pages/troubleshoot/[tree]');
  const pages = (await readdir(dir))
    .filter((name) => name !== '[...path].astro')
    .map((name) => name.replace(/\.(astro|ts)$/, '').replace(/\/index$/, ''));
  assert.deepEqual([...RESERVED_TREE_SEGMENTS].sort(), pages.sort());
});
