/**
 * The troubleshooter as data: a tree of questions whose answers lead to
 * further questions or to outcomes. Question and outcome ids share one
 * namespace per tree; answer ids are unique within their question and form
 * the page address, one segment per answer.
 */
import type { Answer, OutcomeData, Question, TreeData } from '../content-schema.ts';

export type { Answer, Question };

/** What the answers so far established, e.g. `{ client: 'data-loader' }`. */
export type Facts = Readonly<Record<string, string>>;

/** Where a node is written, for error messages. */
interface Located {
  id: string;
  file: string;
}

/** A tree's YAML file, as the schema reads it, with its id (the file name) and file. */
export type Tree = Located & TreeData;

/** An outcome's frontmatter, as the schema reads it, with its id, file and MDX body. */
export type Outcome = Located &
  OutcomeData & {
    /** The MDX source after the frontmatter. */
    body: string;
  };

/** A question the reader has answered, and the answer. */
export interface AnsweredQuestion {
  question: Question;
  answer: Answer;
}

interface StateBase {
  /** The questions answered so far, in order. */
  answered: readonly AnsweredQuestion[];
  facts: Facts;
  /** The answer ids of `answered`: the page address below `/troubleshoot/<treeId>/`. */
  segments: readonly string[];
}

/** Where a reader is in a tree: one step of the troubleshooter, a page. */
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

/**
 * A tree with its outcomes and their nodes indexed by id: built once per tree
 * by `loadedTree`, and what every function of src/lib/troubleshooter takes.
 */
export interface LoadedTree {
  tree: Tree;
  outcomes: readonly Outcome[];
  /** Of duplicate ids the first wins; the verifier reports the rest. */
  questionsById: ReadonlyMap<string, Question>;
  outcomesById: ReadonlyMap<string, Outcome>;
}

export function loadedTree(tree: Tree, outcomes: readonly Outcome[]): LoadedTree {
  return { tree, outcomes, questionsById: firstById(tree.questions), outcomesById: firstById(outcomes) };
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return byId;
}

/** The node an id names; a question wins over an outcome of the same id. */
export function findNode(loaded: LoadedTree, id: string): TreeNode | undefined {
  const question = loaded.questionsById.get(id);
  if (question) return { kind: 'question', question };
  const outcome = loaded.outcomesById.get(id);
  return outcome && { kind: 'outcome', outcome };
}

export function nodeId(node: TreeNode): string {
  return node.kind === 'question' ? node.question.id : node.outcome.id;
}

export function findAnswer(question: Question, answerId: string): Answer | undefined {
  return question.answers.find((answer) => answer.id === answerId);
}

/** The start question; throws for a tree the verifier would reject. */
export function startQuestion({ tree, questionsById }: LoadedTree): Question {
  const question = questionsById.get(tree.start);
  if (!question) throw new Error(`${tree.file}: start "${tree.start}" is not a question of this tree.`);
  return question;
}
