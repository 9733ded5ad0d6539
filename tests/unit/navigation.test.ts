import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  guideBreadcrumbs,
  guidesByAudience,
  guidesByTopic,
  sortGuides,
  tableOfContents,
  topicNeighbours,
  type GuideSummary,
} from '../../src/lib/navigation.ts';

const guide = (
  id: string,
  topic: GuideSummary['topic'],
  order: number,
  audience: GuideSummary['audience'] = ['user'],
): GuideSummary => ({
  id,
  title: id.toUpperCase(),
  description: `About ${id}`,
  topic,
  audience,
  order,
});

const guides = [
  guide('errors-1', 'errors', 1, ['developer']),
  guide('basics-2', 'basics', 20),
  guide('basics-1', 'basics', 10, ['user', 'admin']),
  guide('admin-1', 'admin', 5, ['admin']),
  guide('basics-3', 'basics', 30),
];

test('sortGuides orders by topic, then order', () => {
  assert.deepEqual(
    sortGuides(guides).map((g) => g.id),
    ['basics-1', 'basics-2', 'basics-3', 'admin-1', 'errors-1'],
  );
});

test('guidesByTopic keeps the fixed topic order and drops empty topics', () => {
  const groups = guidesByTopic(guides);
  assert.deepEqual(
    groups.map((group) => group.topic),
    ['basics', 'admin', 'errors'],
  );
  assert.deepEqual(
    groups[0]!.guides.map((g) => g.id),
    ['basics-1', 'basics-2', 'basics-3'],
  );
});

test('guidesByAudience lists a guide under each of its audiences', () => {
  const groups = guidesByAudience(guides);
  assert.deepEqual(
    groups.map((group) => group.audience),
    ['user', 'admin', 'developer'],
  );
  assert.deepEqual(
    groups[1]!.guides.map((g) => g.id),
    ['basics-1', 'admin-1'],
  );
});

test('topicNeighbours stays within the topic', () => {
  assert.deepEqual(topicNeighbours(guides, 'basics-1'), { next: guides[1] });
  assert.deepEqual(topicNeighbours(guides, 'basics-2'), { prev: guides[2], next: guides[4] });
  assert.deepEqual(topicNeighbours(guides, 'basics-3'), { prev: guides[1] });
  assert.deepEqual(topicNeighbours(guides, 'admin-1'), {});
  assert.deepEqual(topicNeighbours(guides, 'missing'), {});
});

test('guideBreadcrumbs go home, to the guide index, then to the topic', () => {
  assert.deepEqual(guideBreadcrumbs(guides[1]!), [
    { label: 'Home', href: '/' },
    { label: 'Guides', href: '/guides/' },
    { label: 'Security token basics', href: '/guides/#topic-basics' },
  ]);
});

test('tableOfContents nests h3 under h2 and ignores other depths', () => {
  const toc = tableOfContents([
    { depth: 3, slug: 'orphan', text: 'Orphan' },
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a-1', text: 'A.1' },
    { depth: 4, slug: 'deep', text: 'Deep' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  assert.deepEqual(
    toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)]),
    [
      ['orphan', []],
      ['a', ['a-1']],
      ['b', []],
    ],
  );
});
