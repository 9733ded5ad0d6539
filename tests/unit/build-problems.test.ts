import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBuildProblems, problemLine } from '../../src/lib/build-problems.ts';

test('every build check prints its problems the same way: a block per problem with file, where, problem and fix', () => {
  const text = formatBuildProblems('The troubleshooters cannot be used', [
    { file: 'a.yaml', where: 'q', message: 'Broken.', fix: 'Mend it.' },
    { file: 'a/o.mdx', where: 'o', message: 'Also broken.', fix: 'Mend that.' },
  ]);
  assert.equal(
    text,
    [
      'The troubleshooters cannot be used (2 problems):',
      '',
      'a.yaml',
      '  where:   q',
      '  problem: Broken.',
      '  fix:     Mend it.',
      '',
      'a/o.mdx',
      '  where:   o',
      '  problem: Also broken.',
      '  fix:     Mend that.',
      '',
    ].join('\n'),
  );
  assert.ok(text.includes(problemLine('where', 'q')), 'fixtures write the same lines through problemLine');
});

test('nothing for no problems', () => {
  assert.equal(formatBuildProblems('Anything', []), '');
});
