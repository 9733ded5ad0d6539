import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStaleList, lastVerifiedOf, staleEntries } from '../../../src/lib/registries/stale.ts';

const today = new Date('2026-12-01T12:00:00Z');
const entries = [
  { what: 'content/guides/a.mdx (lastVerified)', date: new Date('2026-11-23') },
  { what: 'content/sources.yaml: source "old" (checked)', date: new Date('2025-06-01') },
  { what: 'content/guides/b.mdx (lastVerified)', date: new Date('2024-01-15') },
];

test('only dates more than a year before today are stale, oldest first', () => {
  assert.deepEqual(
    staleEntries(entries, today).map((entry) => entry.what),
    ['content/guides/b.mdx (lastVerified)', 'content/sources.yaml: source "old" (checked)'],
  );
  assert.deepEqual(staleEntries(entries, new Date('2025-06-02')), [entries[2]]);
});

test('the list is plain text, and empty when nothing is stale', () => {
  assert.equal(
    formatStaleList(staleEntries(entries, today)),
    [
      'Facts last checked more than a year ago (2); re-read the source and update the date:',
      '  - content/guides/b.mdx (lastVerified): last checked 2024-01-15',
      '  - content/sources.yaml: source "old" (checked): last checked 2025-06-01',
    ].join('\n'),
  );
  assert.equal(formatStaleList([]), '');
});

test("a guide's lastVerified is read from its frontmatter, quoted or not, and only from there", () => {
  const guide = (frontmatter: string, body = 'Text.\n') => `---\n${frontmatter}\n---\n\n${body}`;
  assert.equal(
    lastVerifiedOf(guide('title: A\nlastVerified: 2026-11-23\ntopic: basics'))?.toISOString(),
    '2026-11-23T00:00:00.000Z',
  );
  assert.equal(
    lastVerifiedOf(guide("title: A\nlastVerified: '2025-01-02'"))?.toISOString(),
    '2025-01-02T00:00:00.000Z',
  );
  assert.equal(lastVerifiedOf(guide('title: A')), undefined);
  assert.equal(lastVerifiedOf(guide('title: A', 'lastVerified: 2020-01-01\n')), undefined);
  assert.equal(lastVerifiedOf(guide('title: A\nlastVerified: soon')), undefined);
});
