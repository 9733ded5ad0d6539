import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGE_IDS } from '../../src/lib/page-ids.ts';
import { COPYABLE_MESSAGES } from '../../src/lib/route-data/troubleshooter.ts';

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
  const sources = new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(path.join(root, file), 'utf8')] as const)),
  );
  // A component that builds its element ids from an `id` prop (id={`${id}-heading`}) turns each
  // id="x" it is given into x-heading, and so on.
  const derived = new Map<string, string[]>();
  for (const [file, source] of sources) {
    const suffixes = [...source.matchAll(/\sid=\{`\$\{id\}([\w-]+)`\}/g)].map((match) => match[1]!);
    if (suffixes.length > 0) derived.set(path.basename(file, '.astro'), suffixes);
  }
  const found = new Set<string>();
  for (const source of sources.values()) {
    for (const match of source.matchAll(/<(\w+)\s[^>]*?\sid="([^"{]+)"|\sid="([^"{]+)"/g)) {
      const [, component, componentId, plainId] = match;
      const suffixes = component ? derived.get(component) : undefined;
      if (suffixes) for (const suffix of suffixes) found.add(`${componentId}${suffix}`);
      else found.add((componentId ?? plainId)!);
    }
  }
  // OutcomeContent gives CopyMessage its ids from the route data's list of messages.
  for (const { id } of COPYABLE_MESSAGES)
    for (const suffix of derived.get('CopyMessage') ?? []) found.add(`${id}${suffix}`);
  assert.deepEqual([...PAGE_IDS].sort(), [...found].sort());
});
