/**
 * The tree map: the outline drawn top to bottom as an SVG at build time.
 * Each node sits on its own row, indented one level per answer; a question's
 * connector runs down its left gutter and turns right into each child, whose
 * answer label sits above the child's box. Lines stay left of every label and
 * box they pass, so none crosses a label; the start is the top-left corner,
 * and the width grows only with depth, so the map fits a text column.
 */
import type { Box as DiagramBox } from '../diagrams/diagram.ts';
import type { LoadedTree } from './model.ts';
import type { OutcomeKind } from '../taxonomy.ts';
import { treeOutline, type OutlineNode } from './outline.ts';

/** The text measures the map is laid out with; draw the SVG with the same. */
export const MAP_TEXT = {
  fontSize: 14,
  /** An average character width at fontSize, generous enough for wide letters. */
  charWidth: 7.5,
  lineHeight: 18,
  /** Between a node's text and its border. */
  padding: 8,
  nodeLineChars: 40,
  labelLineChars: 46,
} as const;

/** The layout's own measures. */
const INDENT = 32;
/** Where a question's connector runs, right of its box's left edge. */
const GUTTER = 14;
const ROW_GAP = 12;
const MARGIN = 8;
const NODE_WIDTH = Math.ceil(MAP_TEXT.nodeLineChars * MAP_TEXT.charWidth) + 2 * MAP_TEXT.padding;

/** A rectangle by its top-left corner. */
export type Box = Pick<DiagramBox, 'x' | 'y' | 'width' | 'height'>;

export interface Point {
  x: number;
  y: number;
}

export interface MapNode extends Box {
  /** A question or outcome, or a reference to one drawn higher up. */
  kind: 'question' | 'outcome' | 'reference';
  outcomeKind?: OutcomeKind | undefined;
  id: string;
  lines: readonly string[];
  /** The answer ids of the first path that reaches the node: its page. */
  segments: readonly string[];
}

export interface MapEdge {
  answerId: string;
  /** The answer label, wrapped, and where it is written: above the child's box. */
  lines: readonly string[];
  labelBox: Box;
  /** Down the parent's gutter, then right into the child's box. */
  points: readonly Point[];
}

/** The whole map: its size, and every box and connector in it. */
export interface MapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

export function layoutTreeMap(loaded: LoadedTree): MapLayout {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  let y = MARGIN;
  const place = (node: OutlineNode, depth: number): MapNode => {
    const x = MARGIN + depth * INDENT;
    const text =
      node.kind === 'question'
        ? node.text
        : node.kind === 'outcome'
          ? `Result: ${node.title}`
          : `${node.label} (see above)`;
    const lines = wrapText(text, MAP_TEXT.nodeLineChars);
    const box: MapNode = {
      kind: node.kind,
      outcomeKind: node.kind === 'outcome' ? node.outcomeKind : undefined,
      id: node.id,
      lines,
      segments: node.segments,
      x,
      y,
      width: NODE_WIDTH,
      height: lines.length * MAP_TEXT.lineHeight + 2 * MAP_TEXT.padding,
    };
    nodes.push(box);
    y += box.height + ROW_GAP;
    if (node.kind !== 'question') return box;
    for (const answer of node.answers) {
      const labelLines = wrapText(`“${answer.label}”`, MAP_TEXT.labelLineChars);
      const labelBox = { x: x + INDENT, y, width: NODE_WIDTH, height: labelLines.length * MAP_TEXT.lineHeight };
      y += labelBox.height + 2;
      const child = place(answer.next, depth + 1);
      const middle = child.y + child.height / 2;
      edges.push({
        answerId: answer.id,
        lines: labelLines,
        labelBox,
        points: [
          { x: x + GUTTER, y: box.y + box.height },
          { x: x + GUTTER, y: middle },
          { x: child.x, y: middle },
        ],
      });
    }
    return box;
  };
  place(treeOutline(loaded), 0);
  const width = Math.max(...nodes.map((node) => node.x + node.width)) + MARGIN;
  return { width, height: y - ROW_GAP + MARGIN, nodes, edges };
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
