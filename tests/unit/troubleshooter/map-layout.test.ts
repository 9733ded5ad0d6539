/**
 * The map's geometry: every outline node drawn once, top to bottom from the
 * start, narrow enough for a text column, and no line through a label or box.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  layoutTreeMap,
  MAP_TEXT,
  wrapText,
  type Box,
  type MapLayout,
  type Point,
} from '../../../src/lib/troubleshooter/map-layout.ts';
import { loadedTree } from '../../../src/lib/troubleshooter/model.ts';
import { listTreeIds, loadTreeFromDir } from '../../../src/lib/troubleshooter/load-files.ts';
import { firstPaths } from '../../../src/lib/troubleshooter/paths.ts';
import { outcome, question, sampleTree, tree } from './build-tree.ts';

const TREES = path.join(import.meta.dirname, '../../../content/troubleshooters');
/** Wider than this and the map no longer fits the page's text column on a desktop. */
const COLUMN_WIDTH = 720;

/** Whether the segment a-b (horizontal or vertical) passes through the inside of a box. */
function crosses(a: Point, b: Point, box: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < box.x + box.width && x2 > box.x && y1 < box.y + box.height && y2 > box.y;
}

function segments(points: readonly Point[]): [Point, Point][] {
  return points.slice(1).map((point, i) => [points[i]!, point]);
}

/** Every edge segment that runs through a label or a box, as readable text. */
function crossings(map: MapLayout): string[] {
  const boxes = [
    ...map.nodes.map((node) => ({ what: `node ${node.id}`, box: node as Box })),
    ...map.edges.map((edge) => ({ what: `label "${edge.lines.join(' ')}"`, box: edge.labelBox })),
  ];
  return map.edges.flatMap((edge) =>
    segments(edge.points).flatMap(([a, b]) =>
      boxes.filter(({ box }) => crosses(a, b, box)).map(({ what }) => `answer ${edge.answerId} crosses ${what}`),
    ),
  );
}

describe('layoutTreeMap on a small tree', () => {
  const { tree: t, outcomes } = sampleTree();
  const map = layoutTreeMap(loadedTree(t, outcomes));

  test('the outline in order, top to bottom, indented one step per answer; a node met again is a reference', () => {
    assert.deepEqual(
      map.nodes.map((node) => [node.kind, node.id, node.x]),
      [
        ['question', 'where', 8],
        ['question', 'range', 40],
        ['outcome', 'no-token', 72],
        ['outcome', 'reset', 72],
        ['reference', 'no-token', 40],
      ],
    );
    const tops = map.nodes.map((node) => node.y);
    assert.deepEqual(
      tops,
      [...tops].sort((a, b) => a - b),
    );
  });

  test('each answer is an edge from its question into its child, labelled above the child', () => {
    assert.deepEqual(
      map.edges.map((edge) => edge.answerId),
      // A question's edges are listed once its children are placed: deepest first.
      ['inside', 'outside', 'api', 'browser'],
    );
    const outside = map.edges[1]!;
    const reset = map.nodes[3]!;
    const range = map.nodes[1]!;
    assert.deepEqual(outside.points.at(-1), { x: reset.x, y: reset.y + reset.height / 2 });
    assert.equal(outside.points[0]!.y, range.y + range.height);
    assert.ok(outside.labelBox.y + outside.labelBox.height <= reset.y, 'the label is above the child');
    assert.deepEqual(outside.lines, ['“Answer outside”']);
  });

  test('nodes link to the first path that reaches them', () => {
    assert.deepEqual(
      map.nodes.map((node) => node.segments.join('/')),
      ['', 'api', 'api/inside', 'api/outside', 'api/inside'],
    );
  });

  test('a long label wraps and makes a taller box', () => {
    const text = 'A very long question that needs more than one line of the map to be read in full';
    const wrapped = layoutTreeMap(loadedTree(tree('q', [question('q', { a: 'o', b: 'o' }, { text })]), [outcome('o')]));
    const node = wrapped.nodes[0]!;
    assert.deepEqual(node.lines, wrapText(text, MAP_TEXT.nodeLineChars));
    assert.ok(node.lines.length > 1);
    assert.equal(node.height, node.lines.length * MAP_TEXT.lineHeight + 2 * MAP_TEXT.padding);
  });

  test('the crossing check finds a line through a label (so the real-tree test below can fail)', () => {
    const broken: MapLayout = {
      ...map,
      edges: map.edges.map((edge, i) =>
        i === 0 ? { ...edge, points: [...edge.points, { x: map.width, y: map.edges[1]!.labelBox.y + 4 }] } : edge,
      ),
    };
    assert.ok(crossings(broken).length > 0);
  });
});

for (const treeId of listTreeIds(TREES)) {
  describe(`the map of ${treeId}`, () => {
    const loaded = loadTreeFromDir(TREES, treeId);
    const t = loaded.tree;
    const map = layoutTreeMap(loaded);

    test('draws every reachable question and outcome once, linking to its first path', () => {
      const drawn = map.nodes.filter((node) => node.kind !== 'reference');
      assert.deepEqual(
        drawn.map((node) => [node.id, node.segments.join('/')]).sort(),
        [...firstPaths(loaded)].map(([id, segments]) => [id, segments.join('/')]).sort(),
      );
    });

    test('starts at the top left and fits a text column', () => {
      const start = map.nodes[0]!;
      assert.equal(start.id, t.start);
      assert.ok(map.nodes.every((node) => node.y >= start.y && node.x >= start.x));
      assert.ok(map.width <= COLUMN_WIDTH, `the map is ${map.width} px wide; a column is ${COLUMN_WIDTH}`);
    });

    test('no line crosses a label or a box', () => {
      assert.deepEqual(crossings(map), []);
    });

    test('everything lies within the drawing', () => {
      const all: Box[] = [...map.nodes, ...map.edges.map((edge) => edge.labelBox)];
      for (const box of all) {
        assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= map.width && box.y + box.height <= map.height);
      }
    });
  });
}

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
