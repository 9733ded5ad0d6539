/**
 * Walking the tree: every answer path is a page, addressed by its answer ids.
 */
import {
  findAnswer,
  findNode,
  nodeId,
  startQuestion,
  type Answer,
  type LoadedTree,
  type OutcomeState,
  type Question,
  type QuestionState,
  type State,
  type TreeNode,
} from './model.ts';
import { routes } from '../routes.ts';

export type Resolution =
  | { ok: true; state: State }
  | {
      ok: false;
      /** The answer ids that still make sense, from the start. */
      validSegments: readonly string[];
      /** The first segment that is not an answer there, or whose answer leads nowhere. */
      badSegment: string;
    };

function startState(question: Question): QuestionState {
  return { kind: 'question', question, answered: [], facts: {}, segments: [] };
}

function advance(state: QuestionState, answer: Answer, node: TreeNode): State {
  const base = {
    answered: [...state.answered, { question: state.question, answer }],
    facts: { ...state.facts, ...answer.sets },
    segments: [...state.segments, answer.id],
  };
  return node.kind === 'question'
    ? { kind: 'question', question: node.question, ...base }
    : { kind: 'outcome', outcome: node.outcome, ...base };
}

function isOnPath(state: QuestionState, questionId: string): boolean {
  return state.question.id === questionId || state.answered.some(({ question }) => question.id === questionId);
}

/**
 * Every reachable state, the start first, depth-first in answer order.
 * Answers to missing nodes and answers that would loop back are skipped:
 * the verifier reports them.
 */
export function enumerateStates(loaded: LoadedTree): State[] {
  const states: State[] = [];
  const visit = (state: State): void => {
    states.push(state);
    if (state.kind === 'outcome') return;
    for (const answer of state.question.answers) {
      const node = findNode(loaded, answer.next);
      if (!node || (node.kind === 'question' && isOnPath(state, node.question.id))) continue;
      visit(advance(state, answer, node));
    }
  };
  visit(startState(startQuestion(loaded)));
  return states;
}

/** Node id -> the answer ids of the first path (in `enumerateStates` order) that reaches it. */
export function firstPaths(loaded: LoadedTree): Map<string, readonly string[]> {
  const first = new Map<string, readonly string[]>();
  for (const state of enumerateStates(loaded)) {
    const id = nodeId(state);
    if (!first.has(id)) first.set(id, state.segments);
  }
  return first;
}

/** The question budget (design.md): no path asks more than this many questions… */
export const MAX_QUESTIONS_ON_A_PATH = 6;
/** …and half the paths ask at most this many. */
export const MAX_MEDIAN_QUESTIONS = 4;

export interface QuestionCounts {
  /** How many paths end in an outcome. */
  paths: number;
  /** The most questions any path asks before its outcome. */
  longest: number;
  /** The median number of questions over all paths. */
  median: number;
}

/** Path length (questions asked) -> how many paths to an outcome have it. */
type LengthCounts = Map<number, number>;

/**
 * For each question, how many paths from it reach an outcome after how many
 * questions (itself included). Counted once per question, not per path, so
 * trees with many paths stay fast; answers to missing nodes and answers that
 * loop back are skipped, as in `enumerateStates`.
 */
function lengthCounts(loaded: LoadedTree): Map<string, LengthCounts> {
  const memo = new Map<string, LengthCounts>();
  const onPath = new Set<string>();
  const count = (question: Question): LengthCounts => {
    const known = memo.get(question.id);
    if (known) return known;
    onPath.add(question.id);
    const counts: LengthCounts = new Map();
    const add = (length: number, paths: number) => counts.set(length, (counts.get(length) ?? 0) + paths);
    for (const answer of question.answers) {
      const node = findNode(loaded, answer.next);
      if (node?.kind === 'outcome') add(1, 1);
      else if (node && !onPath.has(node.question.id)) {
        for (const [length, paths] of count(node.question)) add(length + 1, paths);
      }
    }
    onPath.delete(question.id);
    memo.set(question.id, counts);
    return counts;
  };
  count(startQuestion(loaded));
  return memo;
}

/** How many questions readers answer before an outcome, over every path. */
export function countQuestions(loaded: LoadedTree): QuestionCounts {
  const counts = lengthCounts(loaded).get(loaded.tree.start) ?? new Map<number, number>();
  const lengths = [...counts].sort(([a], [b]) => a - b);
  const paths = lengths.reduce((sum, [, n]) => sum + n, 0);
  // The median of a sorted list of `paths` lengths: the middle one, or the mean of the two middle ones.
  const nth = (position: number): number => {
    let seen = 0;
    for (const [length, n] of lengths) {
      seen += n;
      if (position < seen) return length;
    }
    return 0;
  };
  const median = paths === 0 ? 0 : (nth(Math.floor((paths - 1) / 2)) + nth(Math.floor(paths / 2))) / 2;
  return { paths, longest: lengths.at(-1)?.[0] ?? 0, median };
}

/** Question id -> the most questions a reader may still answer from there, that question included. */
export function questionsLeft(loaded: LoadedTree): Map<string, number> {
  return new Map([...lengthCounts(loaded)].map(([id, counts]) => [id, Math.max(0, ...counts.keys())] as const));
}

/** Outcome id -> the fewest questions on a path that reaches it. */
export function fewestQuestionsTo(loaded: LoadedTree): Map<string, number> {
  const fewest = new Map<string, number>();
  // Breadth first: the first time an outcome is met is on a shortest path.
  let level: Question[] = [startQuestion(loaded)];
  const seen = new Set(level.map((question) => question.id));
  for (let depth = 1; level.length > 0; depth++) {
    const next: Question[] = [];
    for (const answer of level.flatMap((question) => question.answers)) {
      const node = findNode(loaded, answer.next);
      if (node?.kind === 'outcome' && !fewest.has(node.outcome.id)) fewest.set(node.outcome.id, depth);
      if (node?.kind === 'question' && !seen.has(node.question.id)) {
        seen.add(node.question.id);
        next.push(node.question);
      }
    }
    level = next;
  }
  return fewest;
}

/** The state a page address names, or how far it makes sense when an answer has changed or gone. */
export function resolveSegments(loaded: LoadedTree, segments: readonly string[]): Resolution {
  let state: State = startState(startQuestion(loaded));
  for (const segment of segments) {
    const stale: Resolution = { ok: false, validSegments: state.segments, badSegment: segment };
    if (state.kind === 'outcome') return stale;
    const answer = findAnswer(state.question, segment);
    const node = answer && findNode(loaded, answer.next);
    if (!answer || !node) return stale;
    state = advance(state, answer, node);
  }
  return { ok: true, state };
}

function compareSegments(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x = '', y = ''] = [a[i], b[i]];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function formatFacts(state: OutcomeState): string {
  const facts = Object.entries(state.facts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`);
  return facts.length > 0 ? `  [${facts.join(', ')}]` : '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * One line per path that ends in an outcome, with the facts the outcome is
 * tuned to; sorted by answer ids so the committed file diffs cleanly.
 */
export function formatPathsListing(loaded: LoadedTree): string {
  const { tree } = loaded;
  const states = enumerateStates(loaded);
  const outcomeStates = states
    .filter((state): state is OutcomeState => state.kind === 'outcome')
    .sort((a, b) => compareSegments(a.segments, b.segments));
  const questionIds = new Set(states.flatMap((state) => (state.kind === 'question' ? [state.question.id] : [])));
  const outcomeIds = new Set(outcomeStates.map((state) => state.outcome.id));
  const counts = countQuestions(loaded);
  const header = [
    `# Troubleshooter "${tree.id}": ${tree.title}`,
    `# ${plural(questionIds.size, 'question')} and ${plural(outcomeIds.size, 'outcome')} reached by ${plural(outcomeStates.length, 'path')}; ${plural(states.length, 'page')} in all.`,
    `# Questions before an outcome: at most ${counts.longest} (budget ${MAX_QUESTIONS_ON_A_PATH}), median ${counts.median} (budget ${MAX_MEDIAN_QUESTIONS}).`,
    `# Generated from ${tree.id}.yaml by \`npm run troubleshooter:paths\`. Do not edit by hand.`,
  ];
  const lines = outcomeStates.map(
    (state) =>
      `${routes.troubleshooter(tree.id, state.segments)}  ->  ${state.outcome.id} (${state.outcome.kind})${formatFacts(state)}`,
  );
  return [...header, '', ...lines, ''].join('\n');
}
