/**
 * Each folder in tests/fixtures/tree-* holds a tree broken in one way; the
 * verifier must name the file, the node and the fix, as its expected.txt says
 * (the same expectation the build test checks on the real build).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { listTreeIds, loadTreeFromDir } from '../../../src/lib/troubleshooter/load-files.ts';
import { verifyTree } from '../../../src/lib/troubleshooter/verify.ts';
import { formatBuildProblems } from '../../../src/lib/build-problems.ts';
import { expectedLines } from '../../fixtures/expected-lines.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');

const KNOWN = {
  guideIds: new Set(['reset-your-security-token']),
  clientIds: new Set(['data-loader']),
  maxPages: 20,
};

/** The problems of the one tree in a fixture, as the build prints them. */
function report(fixture: string): { count: number; text: string } {
  const dir = path.join(FIXTURES, fixture, 'troubleshooters');
  const [treeId, ...more] = listTreeIds(dir);
  assert.ok(treeId !== undefined && more.length === 0, 'one tree per fixture');
  const problems = verifyTree(loadTreeFromDir(dir, treeId), KNOWN);
  return { count: problems.length, text: formatBuildProblems('Problems', problems) };
}

describe('broken tree fixtures', () => {
  const folders = readdirSync(FIXTURES).filter((name) => name.startsWith('tree-'));

  for (const fixture of folders.filter((name) => existsSync(path.join(FIXTURES, name, 'expected.txt')))) {
    test(fixture, () => {
      const { count, text } = report(fixture);
      assert.equal(count, 1, text);
      for (const line of expectedLines(path.join(FIXTURES, fixture))) {
        assert.ok(text.includes(line), `includes\n  ${line}\nin:\n${text}`);
      }
    });
  }

  // Too many pages for this test's budget of 20, far too few for the build's: no expected.txt, so no build.
  test('tree-too-many-paths', () => {
    const { count, text } = report('tree-too-many-paths');
    assert.equal(count, 1, text);
    assert.match(text, /fixture-tree\.yaml\n {2}where: {3}fixture-tree\n {2}problem: The tree makes 40 pages/);
    assert.match(text, /Raise the budget only if every new path is wanted\./);
  });
});
