/**
 * Each folder in tests/fixtures/tree-* holds a tree broken in one way; the
 * verifier must name the file, the node and the fix.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { listTreeIds, loadTreeFromDir } from '../../../src/lib/troubleshooter/load-files.ts';
import { formatTreeProblems, verifyTree } from '../../../src/lib/troubleshooter/verify.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');

const KNOWN = {
  guideIds: new Set(['reset-your-security-token']),
  clientIds: new Set(['data-loader']),
  maxPaths: 20,
};

interface Expectation {
  /** The file the problem is in, below the fixture's troubleshooters/ folder. */
  file: string;
  node: string;
  problem: string;
  fix: string;
}

const CASES: Record<string, Expectation> = {
  'tree-missing-node': {
    file: 'fixture-tree.yaml',
    node: 'trusted-range',
    problem: 'Answer "outside" leads to "reset-tokn", which is neither a question nor an outcome of this tree.',
    fix: 'Did you mean "reset-token"?',
  },
  'tree-duplicate-id': {
    file: 'fixture-tree.yaml',
    node: 'trusted-range',
    problem: '2 questions have the id "trusted-range"',
    fix: 'Give each question its own id',
  },
  'tree-unreachable': {
    file: 'fixture-tree.yaml',
    node: 'old-question',
    problem: 'Question "old-question" cannot be reached from the start',
    fix: `Point an answer's next at "old-question", or remove the question.`,
  },
  'tree-one-answer': {
    file: 'fixture-tree.yaml',
    node: 'trusted-range',
    problem: 'Question "trusted-range" has only one answer',
    fix: 'point to "reset-token" directly',
  },
  'tree-cycle': {
    file: 'fixture-tree.yaml',
    node: 'trusted-range',
    problem: 'These questions form a loop: where-do-you-sign-in → trusted-range → where-do-you-sign-in.',
    fix: 'Point answer "not-sure" of "trusted-range" at a question further on or at an outcome',
  },
  'tree-unknown-guide': {
    file: 'fixture-tree/reset-token.mdx',
    node: 'reset-token',
    problem: 'related lists the guide "reset-your-securty-token", which does not exist.',
    fix: 'Did you mean "reset-your-security-token"?',
  },
  'tree-too-many-paths': {
    file: 'fixture-tree.yaml',
    node: 'fixture-tree',
    problem: 'The tree makes 40 pages',
    fix: 'Raise the budget only if every new path is wanted.',
  },
  'tree-unknown-fact': {
    file: 'fixture-tree.yaml',
    node: 'where-do-you-sign-in',
    problem: 'Answer "api" sets the unknown fact "clinet".',
    fix: 'Did you mean "client"?',
  },
};

describe('broken tree fixtures', () => {
  test('every tree-* fixture folder has a case here', () => {
    const folders = readdirSync(FIXTURES).filter((name) => name.startsWith('tree-'));
    assert.deepEqual(folders.sort(), Object.keys(CASES).sort());
  });

  for (const [fixture, expected] of Object.entries(CASES)) {
    test(fixture, () => {
      const dir = path.join(FIXTURES, fixture, 'troubleshooters');
      const [treeId, ...more] = listTreeIds(dir);
      assert.ok(treeId !== undefined && more.length === 0, 'one tree per fixture');
      const { tree, outcomes } = loadTreeFromDir(dir, treeId);
      const problems = verifyTree(tree, outcomes, KNOWN);
      const report = formatTreeProblems(problems);
      assert.equal(problems.length, 1, report);
      assert.ok(report.includes(`${path.join(dir, expected.file)}\n`), `names the file:\n${report}`);
      assert.ok(report.includes(`node:    ${expected.node}\n`), `names the node:\n${report}`);
      assert.ok(report.includes(expected.problem), `says what is wrong:\n${report}`);
      assert.ok(report.includes(expected.fix), `says how to fix it:\n${report}`);
    });
  }
});
