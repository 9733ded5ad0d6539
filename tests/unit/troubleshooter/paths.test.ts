import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadedTree, nodeId, type State } from '../../../src/lib/troubleshooter/model.ts';
import {
  enumerateStates,
  firstPaths,
  formatPathsListing,
  countQuestions,
  fewestQuestionsTo,
  questionsLeft,
  resolveSegments,
} from '../../../src/lib/troubleshooter/paths.ts';
import { outcome, question, sampleTree, tree } from './build-tree.ts';

const summary = (state: State) => `${state.segments.join('/') || '(start)'} -> ${nodeId(state)}`;

describe('enumerateStates', () => {
  test('every reachable state, the start first, depth-first in answer order', () => {
    const { tree: t, outcomes } = sampleTree();
    assert.deepEqual(enumerateStates(loadedTree(t, outcomes)).map(summary), [
      '(start) -> where',
      'api -> range',
      'api/inside -> no-token',
      'api/outside -> reset',
      'browser -> no-token',
    ]);
  });

  test('carries the answered questions and the facts set on the way; a later answer overrides a fact', () => {
    const t = tree('a', [
      question('a', { dl: { next: 'b', sets: { client: 'data-loader' } }, other: 'o' }),
      question('b', { wb: { next: 'o', sets: { client: 'workbench', experience: 'classic' } }, keep: 'o' }),
    ]);
    const states = enumerateStates(loadedTree(t, [outcome('o')]));
    const last = states.find((state) => state.segments.join('/') === 'dl/wb');
    assert.ok(last && last.kind === 'outcome');
    assert.deepEqual(last.facts, { client: 'workbench', experience: 'classic' });
    assert.deepEqual(
      last.answered.map(({ question, answer }) => [question.id, answer.id]),
      [
        ['a', 'dl'],
        ['b', 'wb'],
      ],
    );
    assert.deepEqual(states.find((state) => state.segments.join('/') === 'dl/keep')?.facts, { client: 'data-loader' });
  });

  test('a shared question is a page on each path to it', () => {
    const t = tree('a', [question('a', { x: 'b', y: 'b' }), question('b', { yes: 'o', no: 'o' })]);
    assert.deepEqual(enumerateStates(loadedTree(t, [outcome('o')])).map(summary), [
      '(start) -> a',
      'x -> b',
      'x/yes -> o',
      'x/no -> o',
      'y -> b',
      'y/yes -> o',
      'y/no -> o',
    ]);
  });

  test('skips answers that loop back or lead nowhere instead of hanging', () => {
    const t = tree('a', [
      question('a', { again: 'a', on: 'b', lost: 'missing' }),
      question('b', { back: 'a', done: 'o' }),
    ]);
    assert.deepEqual(enumerateStates(loadedTree(t, [outcome('o')])).map(summary), [
      '(start) -> a',
      'on -> b',
      'on/done -> o',
    ]);
  });

  test('throws on a tree without its start question', () => {
    assert.throws(
      () => enumerateStates(loadedTree(tree('nope', [question('a', { x: 'o', y: 'o' })]), [outcome('o')])),
      /start "nope" is not a question/,
    );
  });
});

describe('firstPaths', () => {
  test('maps each node to the first path that reaches it', () => {
    const { tree: t, outcomes } = sampleTree();
    assert.deepEqual(
      [...firstPaths(loadedTree(t, outcomes))],
      [
        ['where', []],
        ['range', ['api']],
        ['no-token', ['api', 'inside']],
        ['reset', ['api', 'outside']],
      ],
    );
  });
});

describe('question counts', () => {
  // where ─ api ──> range ─ inside ──> no-token     (2 questions)
  //       │               └ outside ─> reset        (2 questions)
  //       └ browser ─> no-token                     (1 question)
  const { tree: t, outcomes } = sampleTree();

  test('countQuestions: paths, the longest and the median', () => {
    assert.deepEqual(countQuestions(loadedTree(t, outcomes)), { paths: 3, longest: 2, median: 2 });
  });

  test('the median of an even number of paths is the mean of the middle two', () => {
    const even = tree('q', [
      question('q', { a: 'o', b: 'r' }),
      question('r', { a: 'o', b: 's' }),
      question('s', { a: 'o', b: 'o' }),
    ]);
    // Paths of 1, 2, 3 and 3 questions.
    assert.deepEqual(countQuestions(loadedTree(even, [outcome('o')])), { paths: 4, longest: 3, median: 2.5 });
  });

  test('agrees with enumerating every path', () => {
    const lengths = enumerateStates(loadedTree(t, outcomes))
      .filter((state) => state.kind === 'outcome')
      .map((state) => state.segments.length);
    assert.equal(countQuestions(loadedTree(t, outcomes)).paths, lengths.length);
    assert.equal(countQuestions(loadedTree(t, outcomes)).longest, Math.max(...lengths));
  });

  test('questionsLeft: the most questions still to come, the question itself included', () => {
    assert.deepEqual(Object.fromEntries(questionsLeft(loadedTree(t, outcomes))), { where: 2, range: 1 });
  });

  test('fewestQuestionsTo: the shortest path to each outcome', () => {
    assert.deepEqual(Object.fromEntries(fewestQuestionsTo(loadedTree(t, outcomes))), { 'no-token': 1, reset: 2 });
  });
});

describe('resolveSegments', () => {
  const { tree: t, outcomes } = sampleTree();

  test('no segments is the start', () => {
    const resolution = resolveSegments(loadedTree(t, outcomes), []);
    assert.ok(resolution.ok);
    assert.equal(resolution.state.kind, 'question');
    assert.equal(nodeId(resolution.state), 'where');
  });

  test('a path to a question and to an outcome', () => {
    const toQuestion = resolveSegments(loadedTree(t, outcomes), ['api']);
    assert.ok(toQuestion.ok);
    assert.equal(nodeId(toQuestion.state), 'range');
    const toOutcome = resolveSegments(loadedTree(t, outcomes), ['api', 'outside']);
    assert.ok(toOutcome.ok && toOutcome.state.kind === 'outcome');
    assert.equal(toOutcome.state.outcome.id, 'reset');
    assert.deepEqual(toOutcome.state.facts, { client: 'data-loader' });
  });

  test('an answer that is not there keeps the valid answers before it', () => {
    const resolution = resolveSegments(loadedTree(t, outcomes), ['api', 'nowhere', 'inside']);
    assert.ok(!resolution.ok);
    assert.equal(resolution.badSegment, 'nowhere');
    assert.deepEqual(resolution.validSegments, ['api']);
  });

  test('a segment past an outcome', () => {
    const resolution = resolveSegments(loadedTree(t, outcomes), ['browser', 'more']);
    assert.ok(!resolution.ok);
    assert.equal(resolution.badSegment, 'more');
    assert.deepEqual(resolution.validSegments, ['browser']);
  });

  test('an answer whose node has gone', () => {
    const broken = tree('q', [question('q', { a: 'gone', b: 'o' })]);
    const resolution = resolveSegments(loadedTree(broken, [outcome('o')]), ['a']);
    assert.ok(!resolution.ok);
    assert.equal(resolution.badSegment, 'a');
    assert.deepEqual(resolution.validSegments, []);
  });
});

describe('formatPathsListing', () => {
  test('a header with counts, then one line per outcome path sorted by answer ids', () => {
    const t = tree('where', [
      question('where', { browser: 'no-token', api: 'range', 'api-key': 'no-token' }),
      question('range', {
        outside: { next: 'reset', sets: { experience: 'classic', client: 'data-loader' } },
        inside: 'no-token',
      }),
    ]);
    assert.equal(
      formatPathsListing(loadedTree(t, [outcome('no-token', 'no-token-needed'), outcome('reset')])),
      [
        '# Troubleshooter "t": Test tree',
        '# 2 questions and 2 outcomes reached by 4 paths; 6 pages in all.',
        '# Questions before an outcome: at most 2 (budget 6), median 1.5 (budget 4).',
        '# Generated from t.yaml by `npm run troubleshooter:paths`. Do not edit by hand.',
        '',
        '/troubleshoot/t/api/inside/  ->  no-token (no-token-needed)',
        '/troubleshoot/t/api/outside/  ->  reset (fix)  [client=data-loader, experience=classic]',
        '/troubleshoot/t/api-key/  ->  no-token (no-token-needed)',
        '/troubleshoot/t/browser/  ->  no-token (no-token-needed)',
        '',
      ].join('\n'),
    );
  });

  test('does not depend on the order of answers', () => {
    const listing = (answers: Record<string, string>) =>
      formatPathsListing(loadedTree(tree('q', [question('q', answers)]), [outcome('o'), outcome('p')]));
    assert.equal(listing({ b: 'o', a: 'p' }), listing({ a: 'p', b: 'o' }));
  });

  test('singular counts', () => {
    const listing = formatPathsListing(loadedTree(tree('q', [question('q', { a: 'o' })]), [outcome('o')]));
    assert.match(listing, /^# 1 question and 1 outcome reached by 1 path; 2 pages in all\.$/m);
  });
});
