import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';

const ROOT = path.join(import.meta.dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts/troubleshooter-paths.ts');
// Any tree will do: the script lists paths; verifying is the build's job.
const TREE_SOURCE = path.join(ROOT, 'tests/fixtures/tree-unknown-guide/troubleshooters');

const content = mkdtempSync(path.join(tmpdir(), 'troubleshooter-paths-'));
after(() => rmSync(content, { recursive: true }));
const trees = path.join(content, 'troubleshooters');
const listing = path.join(trees, 'fixture-tree.paths.txt');
const orphan = path.join(trees, 'retired.paths.txt');

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content },
  });
}

describe('scripts/troubleshooter-paths.ts', () => {
  // The tests run in order, each on the files the one before left.
  cpSync(TREE_SOURCE, trees, { recursive: true });

  test('--check fails on a missing listing, naming the file and the command', () => {
    const result = run('--check');
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`out of date:\\n  ${listing.replaceAll('.', '\\.')}\\n`));
    assert.match(result.stderr, /Run `npm run troubleshooter:paths`/);
  });

  test('writes the listing, after which --check passes', () => {
    assert.equal(run().status, 0);
    assert.match(
      readFileSync(listing, 'utf8'),
      /^# Troubleshooter "fixture-tree": Get past the security token prompt\n/,
    );
    const check = run('--check');
    assert.equal(check.status, 0, check.stderr);
  });

  test('--check fails when the tree changed', () => {
    const yaml = path.join(trees, 'fixture-tree.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('id: browser', 'id: web-browser'));
    const result = run('--check');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /fixture-tree\.paths\.txt/);
    assert.equal(run().status, 0);
    assert.match(readFileSync(listing, 'utf8'), /\/troubleshoot\/fixture-tree\/web-browser\//);
  });

  test('a listing whose tree is gone is stale, and removed on refresh', () => {
    writeFileSync(orphan, 'old\n');
    const result = run('--check');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /retired\.paths\.txt/);
    assert.equal(run().status, 0);
    assert.equal(existsSync(orphan), false);
    assert.equal(run('--check').status, 0);
  });
});
