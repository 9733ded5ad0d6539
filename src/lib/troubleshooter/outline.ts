/**
 * The tree as a nested outline: the text alternative of the map, and the
 * shape the map (map-layout.ts) is drawn from.
 */
import { findNode, nodeId, startQuestion, type LoadedTree, type Question, type TreeNode } from './model.ts';
import type { OutcomeKind } from '../taxonomy.ts';

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
export function treeOutline(loaded: LoadedTree): OutlineQuestion {
  const shown = new Map<string, OutlineReference>();
  const outlineQuestion = (question: Question, segments: readonly string[]): OutlineQuestion => {
    shown.set(question.id, { kind: 'reference', id: question.id, label: question.text, segments });
    return {
      kind: 'question',
      id: question.id,
      text: question.text,
      segments,
      answers: question.answers.flatMap((answer) => {
        const next = findNode(loaded, answer.next);
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
  return outlineQuestion(startQuestion(loaded), []);
}
