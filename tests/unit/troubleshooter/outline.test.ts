import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  layoutTreeMap,
  MAP_TEXT,
  treeOutline,
  wrapText,
  type Box,
  type OutlineNode,
} from '../../../src/lib/troubleshooter/outline.ts';
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
    assert.deepEqual(render(treeOutline(t, outcomes)), [
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
    const outline = treeOutline(t, [outcome('o'), outcome('p', 'ask-admin')]);
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
    const outline = treeOutline(t, outcomes);
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
    assert.deepEqual(render(treeOutline(t, [outcome('o')])), [
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

describe('wrapText', () => {
  test('wraps at word boundaries within the width', () => {
    assert.deepEqual(wrapText('Do you sign in from an app or a browser?', 16), [
      'Do you sign in',
      'from an app or a',
      'browser?',
    ]);
  });

  test('a word longer than a line keeps a line to itself', () => {
    assert.deepEqual(wrapText('see https://help.salesforce.com/s/articleView now', 12), [
      'see',
      'https://help.salesforce.com/s/articleView',
      'now',
    ]);
  });

  test('collapses spaces and newlines', () => {
    assert.deepEqual(wrapText('  one\n two  ', 20), ['one two']);
  });
});

function inside(inner: Box, outer: { width: number; height: number }): boolean {
  return inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= outer.width && inner.y + inner.height <= outer.height;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutTreeMap', () => {
  const { tree: t, outcomes } = sampleTree();
  const map = layoutTreeMap(t, outcomes);

  test('one node per reachable question and outcome, with its kind and first path', () => {
    assert.deepEqual(
      map.nodes.map((node) => [
        node.id,
        node.kind === 'outcome' ? node.outcomeKind : 'question',
        node.segments.join('/'),
      ]),
      [
        ['where', 'question', ''],
        ['range', 'question', 'api'],
        ['no-token', 'no-token-needed', 'api/inside'],
        ['reset', 'fix', 'api/outside'],
      ],
    );
  });

  test('one edge per answer, labelled, with a route', () => {
    assert.deepEqual(
      map.edges.map((edge) => [edge.from, edge.answerId, edge.to, edge.label]),
      [
        ['where', 'api', 'range', 'Answer api'],
        ['where', 'browser', 'no-token', 'Answer browser'],
        ['range', 'inside', 'no-token', 'Answer inside'],
        ['range', 'outside', 'reset', 'Answer outside'],
      ],
    );
    for (const edge of map.edges) assert.ok(edge.points.length >= 2, `${edge.from} -> ${edge.to} has a route`);
  });

  test('sizes follow the wrapped label', () => {
    const node = map.nodes[0];
    assert.ok(node);
    assert.deepEqual(node.lines, ['Question where?']);
    assert.equal(node.width, Math.ceil('Question where?'.length * MAP_TEXT.charWidth) + 2 * MAP_TEXT.padding);
    assert.equal(node.height, MAP_TEXT.lineHeight + 2 * MAP_TEXT.padding);
  });

  test('everything lies within the drawing, nodes apart, the start on top', () => {
    for (const node of map.nodes) assert.ok(inside(node, map), `${node.id} inside`);
    for (const edge of map.edges) assert.ok(inside(edge.labelBox, map), `${edge.answerId} label inside`);
    const boxes = [...map.nodes, ...map.edges.map((edge) => edge.labelBox)];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => assert.ok(!overlaps(a, b), 'boxes do not overlap')));
    const [start, ...rest] = map.nodes;
    assert.ok(start && rest.every((node) => node.y > start.y));
  });

  test('two answers to the same node are two edges', () => {
    const twice = layoutTreeMap(tree('a', [question('a', { yes: 'o', maybe: 'o' })]), [outcome('o')]);
    assert.deepEqual(
      twice.edges.map((edge) => edge.answerId),
      ['yes', 'maybe'],
    );
  });

  test('long labels wrap and make taller nodes', () => {
    const text = 'Does the app ask for a password and a separate security token field?';
    const wrapped = layoutTreeMap(tree('a', [question('a', { yes: 'o', no: 'o' }, { text })]), [outcome('o')]);
    const node = wrapped.nodes[0];
    assert.ok(node);
    assert.deepEqual(node.lines, wrapText(text, MAP_TEXT.nodeLineChars));
    assert.ok(node.lines.length > 1);
    assert.equal(node.height, node.lines.length * MAP_TEXT.lineHeight + 2 * MAP_TEXT.padding);
  });

  test('is the same every time', () => {
    assert.deepEqual(layoutTreeMap(t, outcomes), map);
  });
});
