import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadedTree } from '../../../src/lib/troubleshooter/model.ts';
import { treeOutline, type OutlineNode } from '../../../src/lib/troubleshooter/outline.ts';
import { outcome, question, sampleTree, tree } from './build-tree.ts';

/** The outline as indented text: `answer -> node`, `= node` for a reference. */
function render(node: OutlineNode, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  if (node.kind === 'reference') return [`${pad}= ${node.id} (see /${node.segments.join('/')})`];
  if (node.kind === 'outcome') return [`${pad}${node.id} [${node.outcomeKind}]`];
  return [
    `${pad}${node.id}?`,
    ...node.answers.flatMap((answer) => [`${pad}  ${answer.id}:`, ...render(answer.next, depth + 2)]),
  ];
}

describe('treeOutline', () => {
  test('questions, their answers and where each leads; a node shown earlier is a reference', () => {
    const { tree: t, outcomes } = sampleTree();
    assert.deepEqual(render(treeOutline(loadedTree(t, outcomes))), [
      'where?',
      '  api:',
      '    range?',
      '      inside:',
      '        no-token [no-token-needed]',
      '      outside:',
      '        reset [fix]',
      '  browser:',
      '    = no-token (see /api/inside)',
    ]);
  });

  test('a shared question is expanded once', () => {
    const t = tree('a', [question('a', { x: 'b', y: 'b' }), question('b', { yes: 'o', no: 'p' })]);
    const outline = treeOutline(loadedTree(t, [outcome('o'), outcome('p', 'ask-admin')]));
    assert.deepEqual(render(outline), [
      'a?',
      '  x:',
      '    b?',
      '      yes:',
      '        o [fix]',
      '      no:',
      '        p [ask-admin]',
      '  y:',
      '    = b (see /x)',
    ]);
    const reference = outline.answers[1]?.next;
    assert.ok(reference?.kind === 'reference');
    assert.equal(reference.label, 'Question b?');
  });

  test('carries texts, titles and the first path to each node', () => {
    const { tree: t, outcomes } = sampleTree();
    const outline = treeOutline(loadedTree(t, outcomes));
    assert.equal(outline.text, 'Question where?');
    assert.deepEqual(outline.segments, []);
    const api = outline.answers[0];
    assert.equal(api?.label, 'Answer api');
    assert.ok(api?.next.kind === 'question');
    const outside = api.next.answers[1]?.next;
    assert.ok(outside?.kind === 'outcome');
    assert.equal(outside.title, 'Outcome reset');
    assert.deepEqual(outside.segments, ['api', 'outside']);
  });

  test('a loop ends in a reference instead of repeating forever', () => {
    const t = tree('a', [question('a', { on: 'b', done: 'o' }), question('b', { back: 'a', done: 'o' })]);
    assert.deepEqual(render(treeOutline(loadedTree(t, [outcome('o')]))), [
      'a?',
      '  on:',
      '    b?',
      '      back:',
      '        = a (see /)',
      '      done:',
      '        o [fix]',
      '  done:',
      '    = o (see /on/done)',
    ]);
  });
});
