import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  GUIDE_COMPONENTS,
  markdownComponentProblems,
  OUTCOME_COMPONENTS,
  unknownComponentProblems,
} from '../../src/lib/component-names.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The names in `export const x = { A, B };` of a components file. */
async function exportedNames(file: string): Promise<string[]> {
  const source = await readFile(path.join(root, file), 'utf8');
  const object = /export const \w+ = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return (
    object
      .split(',')
      // The name authors write is the key: `Troubleshooter: TroubleshooterEmbed`.
      .map((name) => name.split(':')[0]!.trim())
      // `h2: H2` replaces an HTML element; authors write components, which start with a capital.
      .filter((name) => /^[A-Z]\w*$/.test(name))
  );
}

test('the guide and outcome component lists match the components the pages pass to MDX', async () => {
  const guide = await exportedNames('src/components/mdx-components.ts');
  const outcome = await exportedNames('src/components/troubleshooter/outcome-components.ts');
  assert.deepEqual([...GUIDE_COMPONENTS].sort(), guide.sort());
  assert.deepEqual([...OUTCOME_COMPONENTS].sort(), [...guide, ...outcome].sort());
});

test('an unknown component is named with its line and the components available', () => {
  const problems = unknownComponentProblems(
    'Text.\n\n<Tabs>ok</Tabs>\n<Tabz>x</Tabz>\n',
    'a.mdx',
    10,
    GUIDE_COMPONENTS,
  );
  assert.deepEqual(
    problems.map((problem) => [problem.where, problem.fix]),
    [
      [
        'line 13, <Tabz>',
        `Use one of: ${GUIDE_COMPONENTS.join(', ')}; or write plain Markdown (callouts and steps are :::note, :::important, :::warning, :::steps).`,
      ],
    ],
  );
});

test('in a Markdown (.md) body every component is named, with the way to keep it', () => {
  const problems = markdownComponentProblems('Text.\n<ClientTable />\n', 'a.md', 5);
  assert.deepEqual(
    problems.map((problem) => problem.where),
    ['line 6, <ClientTable>'],
  );
  assert.match(problems[0]!.message, /components work only in \.mdx files/);
  assert.match(problems[0]!.fix, /^Rename the file to \.mdx/);
});
