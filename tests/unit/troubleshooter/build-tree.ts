/** Small inline trees for the troubleshooter tests. */
import type { Facts, Outcome, Question, Tree } from '../../../src/lib/troubleshooter/model.ts';
import type { OutcomeKind } from '../../../src/lib/taxonomy.ts';

export type AnswerSpec = string | { next: string; sets?: Facts; label?: string; hint?: string; assumes?: string };

/** Answers as `{ answerId: next }`, or as pairs when a test needs a repeated answer id. */
export function question(
  id: string,
  answers: Readonly<Record<string, AnswerSpec>> | readonly (readonly [string, AnswerSpec])[],
  extra: { text?: string; help?: string } = {},
): Question {
  const pairs = Array.isArray(answers) ? answers : Object.entries(answers);
  return {
    id,
    text: extra.text ?? `Question ${id}?`,
    help: extra.help,
    answers: pairs.map(([answerId, spec]) => {
      const full: Exclude<AnswerSpec, string> = typeof spec === 'string' ? { next: spec } : spec;
      const { next, sets = {}, label = `Answer ${answerId}`, hint, assumes } = full;
      return { id: answerId, label, hint, next, sets, assumes };
    }),
  };
}

export function outcome(id: string, kind: OutcomeKind = 'fix', extra: Partial<Outcome> = {}): Outcome {
  return {
    id,
    file: `content/troubleshooters/t/${id}.mdx`,
    title: `Outcome ${id}`,
    kind,
    related: [],
    sources: ['a-source'],
    changes: [],
    body: '',
    ...extra,
  };
}

export function tree(start: string, questions: Question[], extra: Partial<Tree> = {}): Tree {
  return {
    id: 't',
    file: 'content/troubleshooters/t.yaml',
    title: 'Test tree',
    question: 'What is wrong?',
    description: 'A tree for the unit tests of the troubleshooter.',
    audience: ['user'],
    start,
    questions,
    ...extra,
  };
}

export const KNOWN = {
  guideIds: new Set(['reset-your-security-token', 'find-the-token-email']),
  clientIds: new Set(['data-loader', 'workbench']),
  maxPages: 100,
};

/**
 * where ─ api ──> range ─ inside ──> no-token
 *       │               └ outside ─> reset (sets client)
 *       └ browser ─> no-token
 */
export function sampleTree(): { tree: Tree; outcomes: Outcome[] } {
  return {
    tree: tree('where', [
      question('where', { api: 'range', browser: 'no-token' }),
      question('range', { inside: 'no-token', outside: { next: 'reset', sets: { client: 'data-loader' } } }),
    ]),
    outcomes: [outcome('no-token', 'no-token-needed'), outcome('reset')],
  };
}
