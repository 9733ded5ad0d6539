import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  guideBreadcrumbs,
  guideNav,
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

test('topicNeighbours stays within the topic', () => {
  assert.deepEqual(topicNeighbours(guidesByTopic(guides), 'basics-1'), { next: guides[1] });
  assert.deepEqual(topicNeighbours(guidesByTopic(guides), 'basics-2'), { prev: guides[2], next: guides[4] });
  assert.deepEqual(topicNeighbours(guidesByTopic(guides), 'basics-3'), { prev: guides[1] });
  assert.deepEqual(topicNeighbours(guidesByTopic(guides), 'admin-1'), {});
  assert.deepEqual(topicNeighbours(guidesByTopic(guides), 'missing'), {});
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

test('guideNav lists every topic, marks the current guide and keeps it in view when a topic is cut', () => {
  const many = Array.from({ length: 20 }, (_, i) => guide(`errors-${String(i).padStart(2, '0')}`, 'errors', i));
  const nav = guideNav(guidesByTopic([guide('basics-1', 'basics', 1), ...many]), 'errors-15', 6);
  assert.deepEqual(
    nav.map((topic) => [topic.topic, topic.current, topic.total, topic.guides.length]),
    [
      ['basics', false, 1, 1],
      ['errors', true, 20, 6],
    ],
  );
  const errors = nav[1]!;
  assert.deepEqual(
    errors.guides.map((g) => g.id),
    ['errors-12', 'errors-13', 'errors-14', 'errors-15', 'errors-16', 'errors-17'],
  );
  assert.deepEqual(
    errors.guides.filter((g) => g.current).map((g) => g.href),
    ['/guides/errors-15/'],
  );
  assert.equal(errors.href, '/guides/#topic-errors');
  assert.deepEqual(
    guideNav(guidesByTopic(many), 'errors-19', 6)[0]!.guides.map((g) => g.id),
    ['errors-14', 'errors-15', 'errors-16', 'errors-17', 'errors-18', 'errors-19'],
  );
});
