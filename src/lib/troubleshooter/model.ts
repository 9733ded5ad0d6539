/**
 * The troubleshooter as data: a tree of questions whose answers lead to
 * further questions or to outcomes. Question and outcome ids share one
 * namespace per tree; answer ids are unique within their question and form
 * the page address, one segment per answer.
 */
import type { Audience } from '../taxonomy.ts';

export const OUTCOME_KINDS = [
  'fix',
  'no-token-needed',
  'use-mfa-code',
  'ask-admin',
  'blocked',
  'not-available',
  'escalate',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** What the answers so far established, e.g. `{ client: 'data-loader' }`. */
export type Facts = Readonly<Record<string, string>>;

// Optional fields also accept `undefined`: that is what the content schema yields for a missing key.
export interface Answer {
  id: string;
  label: string;
  hint?: string | undefined;
  /** A question or outcome id of the same tree. */
  next: string;
  sets: Facts;
  /** For a "Not sure" answer that carries on: what the walk assumed, completing "We assumed …". */
  assumes?: string | undefined;
}

export interface Question {
  id: string;
  text: string;
  help?: string | undefined;
  answers: readonly Answer[];
}

export interface Tree {
  id: string;
  /** Where the tree is written, for error messages. */
  file: string;
  title: string;
  question: string;
  description: string;
  audience: readonly Audience[];
  start: string;
  questions: readonly Question[];
}

export interface Outcome {
  id: string;
  file: string;
  title: string;
  kind: OutcomeKind;
  /** Guide ids. */
  related: readonly string[];
  adminMessage?: string | undefined;
  /** For admin outcomes: a ready-to-copy reply to the user who asked. */
  userReply?: string | undefined;
  /** The MDX source after the frontmatter. */
  body: string;
}

export interface Step {
  question: Question;
  answer: Answer;
}

interface StateBase {
  /** The answers given so far, in order. */
  steps: readonly Step[];
  facts: Facts;
  /** The answer ids of `steps`: the page address below `/troubleshoot/<treeId>/`. */
  segments: readonly string[];
}

export interface QuestionState extends StateBase {
  kind: 'question';
  question: Question;
}

export interface OutcomeState extends StateBase {
  kind: 'outcome';
  outcome: Outcome;
}

export type State = QuestionState | OutcomeState;

export type TreeNode = { kind: 'question'; question: Question } | { kind: 'outcome'; outcome: Outcome };

export interface TreeIndex {
  questions: ReadonlyMap<string, Question>;
  outcomes: ReadonlyMap<string, Outcome>;
}

/** Indexes nodes by id. Of duplicate ids the first wins; the verifier reports the rest. */
export function indexTree(tree: Tree, outcomes: readonly Outcome[]): TreeIndex {
  return {
    questions: firstById(tree.questions),
    outcomes: firstById(outcomes),
  };
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return byId;
}

/** The node an id names; a question wins over an outcome of the same id. */
export function findNode(index: TreeIndex, id: string): TreeNode | undefined {
  const question = index.questions.get(id);
  if (question) return { kind: 'question', question };
  const outcome = index.outcomes.get(id);
  return outcome && { kind: 'outcome', outcome };
}

export function nodeId(node: TreeNode): string {
  return node.kind === 'question' ? node.question.id : node.outcome.id;
}

export function findAnswer(question: Question, answerId: string): Answer | undefined {
  return question.answers.find((answer) => answer.id === answerId);
}

/** The start question; throws for a tree the verifier would reject. */
export function startQuestion(tree: Tree, index: TreeIndex): Question {
  const question = index.questions.get(tree.start);
  if (!question) throw new Error(`${tree.file}: start "${tree.start}" is not a question of this tree.`);
  return question;
}
