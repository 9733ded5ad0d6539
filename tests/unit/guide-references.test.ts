import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGuideReferences } from '../../src/lib/guide-references.ts';

const guide = (id: string, related: string[] = [], clients: string[] = []) => ({
  id,
  file: `content/guides/${id}.mdx`,
  related,
  clients,
});

test('valid references pass', () => {
  assert.deepEqual(
    checkGuideReferences([guide('a', ['b'], ['data-loader']), guide('b', ['a'])], new Set(['data-loader'])),
    [],
  );
});

test('an unknown related guide names the file, the field and a likely fix', () => {
  const problems = checkGuideReferences(
    [guide('reset-your-security-token'), guide('x', ['reset-security-token'])],
    new Set(),
  );
  assert.deepEqual(problems, [
    {
      file: 'content/guides/x.mdx',
      where: 'related',
      message: 'No guide "reset-security-token".',
      fix: 'Did you mean "reset-your-security-token"? Use the file name (without .md or .mdx) of a guide in content/guides/.',
    },
  ]);
});

test('a guide cannot relate to itself, and clients must exist', () => {
  const problems = checkGuideReferences([guide('a', ['a'], ['dataloader'])], new Set(['data-loader', 'workbench']));
  assert.deepEqual(
    problems.map((problem) => problem.where),
    ['related', 'clients'],
  );
  assert.match(
    `${problems[1]!.message} ${problems[1]!.fix}`,
    /No client "dataloader" in content\/clients.yaml. Did you mean "data-loader"\? Use one of: data-loader, workbench./,
  );
});

test('a draft named in related is called a draft, not a missing guide', () => {
  const problems = checkGuideReferences([guide('a', ['b'])], new Set(), new Set(['b']));
  assert.deepEqual(problems, [
    {
      file: 'content/guides/a.mdx',
      where: 'related',
      message:
        '"b" is a draft (draft: true in its frontmatter), so it is not published and the link would lead nowhere.',
      fix: 'Remove it from related until that guide is published.',
    },
  ]);
});
