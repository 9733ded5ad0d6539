/**
 * The tree map: a positioned graph for an SVG drawn at build time, and the
 * nested outline that is its text alternative.
 */
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import {
  findNode,
  indexTree,
  nodeId,
  nodeLabel,
  startQuestion,
  type Answer,
  type Outcome,
  type OutcomeKind,
  type Question,
  type Tree,
  type TreeIndex,
  type TreeNode,
} from './model.ts';
import { firstPaths } from './paths.ts';

export interface OutlineQuestion {
  kind: 'question';
  id: string;
  text: string;
  /** The answer ids of the first path that reaches the question. */
  segments: readonly string[];
  answers: OutlineAnswer[];
}

export interface OutlineOutcome {
  kind: 'outcome';
  id: string;
  title: string;
  outcomeKind: OutcomeKind;
  segments: readonly string[];
}

/** A node shown earlier in the outline: refer to it rather than repeat its subtree. */
export interface OutlineReference {
  kind: 'reference';
  id: string;
  /** The question text or outcome title. */
  label: string;
  /** Where the node was first shown. */
  segments: readonly string[];
}

export type OutlineNode = OutlineQuestion | OutlineOutcome | OutlineReference;

export interface OutlineAnswer {
  id: string;
  label: string;
  next: OutlineNode;
}

/** The tree from the start, depth-first in answer order; each node is shown in full once. */
export function treeOutline(tree: Tree, outcomes: readonly Outcome[]): OutlineQuestion {
  const index = indexTree(tree, outcomes);
  const shown = new Map<string, OutlineReference>();
  const outlineQuestion = (question: Question, segments: readonly string[]): OutlineQuestion => {
    shown.set(question.id, { kind: 'reference', id: question.id, label: question.text, segments });
    return {
      kind: 'question',
      id: question.id,
      text: question.text,
      segments,
      answers: question.answers.flatMap((answer) => {
        const next = findNode(index, answer.next);
        return next ? [{ id: answer.id, label: answer.label, next: outlineNode(next, [...segments, answer.id]) }] : [];
      }),
    };
  };
  const outlineNode = (node: TreeNode, segments: readonly string[]): OutlineNode => {
    const earlier = shown.get(nodeId(node));
    if (earlier) return earlier;
    if (node.kind === 'question') return outlineQuestion(node.question, segments);
    const { id, title, kind } = node.outcome;
    shown.set(id, { kind: 'reference', id, label: title, segments });
    return { kind: 'outcome', id, title, outcomeKind: kind, segments };
  };
  return outlineQuestion(startQuestion(tree, index), []);
}

/** The text measures the map is laid out with; draw the SVG with the same. */
export const MAP_TEXT = {
  fontSize: 14,
  /** An average character width at fontSize, generous enough for wide letters. */
  charWidth: 7.5,
  lineHeight: 18,
  /** Between a node's text and its border. */
  padding: 10,
  /** Between an answer label's text and the edge of its background. */
  labelPadding: 4,
  nodeLineChars: 28,
  edgeLineChars: 20,
} as const;

/** A rectangle by its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

interface MapNodeBase extends Box {
  id: string;
  /** The question text or outcome title, and the same wrapped. */
  label: string;
  lines: readonly string[];
  /** The answer ids of the first path that reaches the node: its page. */
  segments: readonly string[];
}

export type MapNode =
  (MapNodeBase & { kind: 'question' }) | (MapNodeBase & { kind: 'outcome'; outcomeKind: OutcomeKind });

export interface MapEdge {
  from: string;
  to: string;
  answerId: string;
  label: string;
  lines: readonly string[];
  labelBox: Box;
  points: readonly Point[];
}

export interface TreeMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

type MapGraph = Graph<GraphLabel, NodeLabel, EdgeLabel>;

/** Every node reachable from the start and every answer between them, laid out top to bottom. */
export function layoutTreeMap(tree: Tree, outcomes: readonly Outcome[]): TreeMap {
  const index = indexTree(tree, outcomes);
  const reached = firstPaths(tree, outcomes);
  const answers = answersBetween(index, reached);
  const graph: MapGraph = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 24, edgesep: 12, ranksep: 32, marginx: 8, marginy: 8 });
  for (const id of reached.keys()) graph.setNode(id, { ...nodeSize(nodeLines(index, id)) });
  for (const { from, answer } of answers) {
    graph.setEdge(from, answer.next, { ...labelSize(edgeLines(answer)), labelpos: 'c' }, answer.id);
  }
  layout(graph);
  const { width = 0, height = 0 } = graph.graph();
  return {
    width: Math.ceil(width),
    height: Math.ceil(height),
    nodes: [...reached].map(([id, segments]) => mapNode(graph, index, id, segments)),
    edges: answers.map(({ from, answer }) => mapEdge(graph, from, answer)),
  };
}

function labelOf(index: TreeIndex, id: string): string {
  const node = findNode(index, id);
  return node ? nodeLabel(node) : id;
}

function nodeLines(index: TreeIndex, id: string): string[] {
  return wrapText(labelOf(index, id), MAP_TEXT.nodeLineChars);
}

function edgeLines(answer: Answer): string[] {
  return wrapText(answer.label, MAP_TEXT.edgeLineChars);
}

/** The answers of the reached questions, in first-reached order. */
function answersBetween(index: TreeIndex, reached: ReadonlyMap<string, unknown>): { from: string; answer: Answer }[] {
  return [...reached.keys()].flatMap((from) =>
    (index.questions.get(from)?.answers ?? [])
      .filter((answer) => reached.has(answer.next))
      .map((answer) => ({ from, answer })),
  );
}

function mapNode(graph: MapGraph, index: TreeIndex, id: string, segments: readonly string[]): MapNode {
  const lines = nodeLines(index, id);
  const base = {
    id,
    label: labelOf(index, id),
    lines,
    segments,
    ...boxAround(graph.node(id), nodeSize(lines), `node "${id}"`),
  };
  const node = findNode(index, id);
  return node?.kind === 'outcome'
    ? { ...base, kind: 'outcome', outcomeKind: node.outcome.kind }
    : { ...base, kind: 'question' };
}

function mapEdge(graph: MapGraph, from: string, answer: Answer): MapEdge {
  const edge = graph.edge(from, answer.next, answer.id);
  const lines = edgeLines(answer);
  return {
    from,
    to: answer.next,
    answerId: answer.id,
    label: answer.label,
    lines,
    labelBox: boxAround(edge, labelSize(lines), `answer "${answer.id}" of "${from}"`),
    points: (edge.points ?? []).map(({ x, y }) => ({ x: round(x), y: round(y) })),
  };
}

/** Dagre places labels by their centre; the map uses top-left corners. */
function boxAround(centre: { x?: number | undefined; y?: number | undefined }, size: Size, what: string): Box {
  const { x, y } = centre;
  if (x === undefined || y === undefined) throw new Error(`The map layout left ${what} unplaced.`);
  return { x: round(x - size.width / 2), y: round(y - size.height / 2), ...size };
}

/** Tenths of a pixel are plenty, and keep the inline SVG small. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

interface Size {
  width: number;
  height: number;
}

function nodeSize(lines: readonly string[]): Size {
  return textSize(lines, MAP_TEXT.padding);
}

function labelSize(lines: readonly string[]): Size {
  return textSize(lines, MAP_TEXT.labelPadding);
}

function textSize(lines: readonly string[], padding: number): Size {
  const longest = Math.max(0, ...lines.map((line) => line.length));
  return {
    width: Math.ceil(longest * MAP_TEXT.charWidth) + 2 * padding,
    height: lines.length * MAP_TEXT.lineHeight + 2 * padding,
  };
}

/** Greedy word wrap; a word longer than a line keeps a line to itself. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}
