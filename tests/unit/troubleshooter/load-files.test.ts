import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { listTreeIds, loadTreeFromDir } from '../../../src/lib/troubleshooter/load-files.ts';

const TREE = `title: Test tree
question: What is wrong?
description: A tree for the loader tests of the troubleshooter.
audience: [user, admin]
start: where
questions:
  - id: where
    text: Where do you sign in?
    help: Look at the address bar.
    answers:
      - id: api
        label: In an app
        hint: Data Loader, for example.
        next: reset
        sets: { client: data-loader }
      - id: browser
        label: In a browser
        next: done
`;

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true })));

/** A temporary directory holding `files` (path -> text). */
function directory(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'troubleshooter-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('loadTreeFromDir', () => {
  test('reads the tree with the schema defaults, and its outcomes sorted by id', () => {
    const dir = directory({
      't.yaml': TREE,
      't/reset.mdx':
        '---\ntitle: Reset it\nkind: fix\nrelated: [reset-your-security-token]\nsources: [a-source]\nadminMessage: Please reset.\n---\n\n1. Reset.\n---\n',
      't/done.mdx': '---\r\ntitle: Done\r\nkind: no-token-needed\r\nsources: [a-source]\r\n---\r\nNothing to do.\r\n',
      't/notes.md': 'not an outcome',
    });
    const { tree, outcomes } = loadTreeFromDir(dir, 't');
    assert.deepEqual(tree, {
      id: 't',
      file: path.join(dir, 't.yaml'),
      title: 'Test tree',
      question: 'What is wrong?',
      description: 'A tree for the loader tests of the troubleshooter.',
      audience: ['user', 'admin'],
      start: 'where',
      questions: [
        {
          id: 'where',
          text: 'Where do you sign in?',
          help: 'Look at the address bar.',
          answers: [
            {
              id: 'api',
              label: 'In an app',
              hint: 'Data Loader, for example.',
              next: 'reset',
              sets: { client: 'data-loader' },
            },
            { id: 'browser', label: 'In a browser', next: 'done', sets: {} },
          ],
        },
      ],
    });
    assert.deepEqual(outcomes, [
      {
        id: 'done',
        file: path.join(dir, 't/done.mdx'),
        title: 'Done',
        kind: 'no-token-needed',
        related: [],
        sources: ['a-source'],
        changes: [],
        body: 'Nothing to do.\r\n',
      },
      {
        id: 'reset',
        file: path.join(dir, 't/reset.mdx'),
        title: 'Reset it',
        kind: 'fix',
        related: ['reset-your-security-token'],
        sources: ['a-source'],
        changes: [],
        adminMessage: 'Please reset.',
        body: '\n1. Reset.\n---\n',
      },
    ]);
  });

  test('a tree without an outcome folder has no outcomes', () => {
    assert.deepEqual(loadTreeFromDir(directory({ 't.yaml': TREE }), 't').outcomes, []);
  });

  test('runs the content schema: the file, the field path, the value and the fix of each problem', () => {
    const dir = directory({ 't.yaml': TREE.replace('    answers:\n', '    answers: none\n    x:\n') });
    const file = path.join(dir, 't.yaml');
    assert.throws(
      () => loadTreeFromDir(dir, 't'),
      (error: Error) =>
        error.message.includes(
          [
            file,
            '  where:   questions[0].answers',
            '  problem: Invalid input: expected array, received string (the value is "none")',
          ].join('\n'),
        ) &&
        error.message.includes(
          '  where:   questions[0]\n  problem: Unknown field "x".\n  fix:     Remove it, or correct its name to one of: id, text, help, answers.',
        ),
    );
  });

  test('names the file of a YAML syntax error', () => {
    const dir = directory({ 't.yaml': TREE.replace('label: In a browser', 'label: Or "Failed: x" in history') });
    assert.throws(
      () => loadTreeFromDir(dir, 't'),
      (error: Error) =>
        error.message.includes(`${path.join(dir, 't.yaml')}\n  where:   line 17, column 16`) &&
        error.message.includes('problem: YAML syntax error: Nested mappings'),
    );
  });

  test('names an unknown outcome kind', () => {
    const dir = directory({ 't.yaml': TREE, 't/o.mdx': '---\ntitle: O\nkind: fixed\nsources: [a]\n---\n' });
    assert.throws(
      () => loadTreeFromDir(dir, 't'),
      /t\/o\.mdx\n {2}where: {3}kind\n {2}problem: The value "fixed" is not allowed here\.\n {2}fix: {5}Use one of: fix, no-token-needed, /,
    );
  });

  test('an outcome without frontmatter', () => {
    const dir = directory({ 't.yaml': TREE, 't/o.mdx': '# Just a heading\n' });
    assert.throws(
      () => loadTreeFromDir(dir, 't'),
      /o\.mdx\n {2}where: {3}the whole file\n {2}problem: The file has no frontmatter\.\n {2}fix: {5}Start the file with frontmatter/,
    );
  });
});

describe('listTreeIds', () => {
  test('the yaml files of a folder, sorted', () => {
    const dir = directory({ 'b.yaml': '', 'a.yaml': '', 'a.paths.txt': '', 'a/x.mdx': '' });
    assert.deepEqual(listTreeIds(dir), ['a', 'b']);
  });
});
