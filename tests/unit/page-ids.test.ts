import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGE_IDS } from '../../src/lib/page-ids.ts';

const root = path.resolve(import.meta.dirname, '../..');

test('PAGE_IDS lists exactly the fixed ids of the components, layout, guide and troubleshooter pages', async () => {
  const dirs = ['src/components', 'src/layouts'];
  const files = [
    ...(
      await Promise.all(
        dirs.map(async (dir) =>
          (await readdir(path.join(root, dir), { recursive: true }))
            .filter((name) => name.endsWith('.astro'))
            .map((name) => path.join(dir, name)),
        ),
      )
    ).flat(),
    'src/pages/guides/[id].astro',
    'src/pages/troubleshoot/[tree]/[...path].astro',
  ];
  const found = new Set<string>();
  for (const file of files) {
    for (const match of (await readFile(path.join(root, file), 'utf8')).matchAll(/\sid="([^"{]+)"/g))
      found.add(match[1]!);
  }
  assert.deepEqual([...PAGE_IDS].sort(), [...found].sort());
});
