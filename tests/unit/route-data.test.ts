/** The data each page renders (src/lib/route-data/), on small inline content. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guidePagesData, type GuideInput } from '../../src/lib/route-data/guide.ts';
import { mapPage, resultPages, stepPages } from '../../src/lib/route-data/troubleshooter.ts';
import { loadedTree, type Outcome, type Tree } from '../../src/lib/troubleshooter/model.ts';

const guide = (id: string, extra: Partial<GuideInput['data']> = {}): GuideInput => ({
  id,
  filePath: `content/guides/${id}.mdx`,
  data: {
    title: `Title ${id}`,
    description: `About ${id}`,
    topic: 'basics',
    audience: ['user'],
    order: 1,
    clients: [],
    related: [],
    lastVerified: new Date('2026-11-30T00:00:00Z'),
    appliesTo: { editions: 'all', experiences: ['lightning'] },
    changes: [],
    sources: ['s1'],
    ...extra,
  },
});

test('guidePagesData: related guides in the order given, neighbours, edit link, date, filters', () => {
  const guides = [
    guide('a', { order: 1, related: ['c', 'b'], clients: ['workbench'] }),
    guide('b', { order: 2 }),
    guide('c', { topic: 'admin' }),
  ];
  const clients = [
    { id: 'data-loader', data: { name: 'Data Loader' } },
    { id: 'workbench', data: { name: 'Workbench' } },
  ];
  const [page, b, c] = guidePagesData(guides, clients, 'https://example.org/edit/main/');
  assert.deepEqual(
    page!.related.map((related) => related.id),
    ['c', 'b'],
  );
  assert.equal(page!.prev, undefined);
  assert.equal(page!.next?.id, 'b');
  assert.equal(page!.editUrl, 'https://example.org/edit/main/content/guides/a.mdx');
  assert.equal(page!.lastVerified, '2026-11-30');
  assert.deepEqual(page!.searchFilters, { topic: 'Security token basics', audience: ['user'], clients: ['Workbench'] });
  assert.deepEqual(
    page!.breadcrumbs.map((crumb) => crumb.href),
    ['/', '/guides/', '/guides/#topic-basics'],
  );
  assert.equal(page!.offersAdminTroubleshooter, false);
  assert.equal(b!.prev?.id, 'a');
  assert.equal(c!.offersAdminTroubleshooter, true);
  assert.equal(guidePagesData(guides, clients, '')[1]!.editUrl, '');
});

/**
 * where ─ api ──> range ─ inside ──> no-token
 *       │               └ outside ─> reset (sets client; assumed from "not sure")
 *       └ browser ─> no-token
 */
const tree: Tree = {
  id: 't',
  file: 'content/troubleshooters/t.yaml',
  title: 'Test tree',
  question: 'What is wrong?',
  description: 'A tree for the tests.',
  audience: ['user'],
  start: 'where',
  questions: [
    {
      id: 'where',
      text: 'Where?',
      answers: [
        { id: 'api', label: 'An API', next: 'range', sets: {} },
        { id: 'browser', label: 'A browser', next: 'no-token', sets: {} },
      ],
    },
    {
      id: 'range',
      text: 'Inside the range?',
      help: 'Look at the login history.',
      answers: [
        { id: 'inside', label: 'Inside', next: 'no-token', sets: {} },
        {
          id: 'not-sure',
          label: 'Not sure',
          next: 'reset',
          sets: { client: 'data-loader' },
          assumes: 'that you are outside',
        },
      ],
    },
  ],
};
const outcome = (
  id: string,
  kind: Outcome['kind'],
  related: string[] = [],
  messages: Pick<Outcome, 'adminMessage' | 'userReply'> = {},
): Outcome => ({
  ...messages,
  id,
  file: `content/troubleshooters/t/${id}.mdx`,
  title: `Outcome ${id}`,
  kind,
  related,
  sources: [],
  changes: [],
  body: '',
});
const loaded = loadedTree(tree, [
  outcome('no-token', 'no-token-needed'),
  outcome('reset', 'fix', ['g2', 'g1'], { userReply: 'Done.', adminMessage: 'Please reset it.' }),
]);
const summaries = ['g1', 'g2'].map((id) => ({
  id,
  title: id,
  description: id,
  topic: 'basics' as const,
  audience: ['user' as const],
  order: 1,
}));

test('stepPages: one page per state, the start page first, each with its title, progress and ways back', () => {
  const pages = stepPages(loaded, summaries);
  assert.deepEqual(
    pages.map((page) => [page.path, page.kind]),
    [
      [undefined, 'start'],
      ['api', 'question'],
      ['api/inside', 'outcome'],
      ['api/not-sure', 'outcome'],
      ['browser', 'outcome'],
    ],
  );
  const [start, range, , reset] = pages;
  assert.ok(start?.kind === 'start' && range?.kind === 'question' && reset?.kind === 'outcome');
  assert.equal(start.title, 'Test tree | Test tree');
  assert.equal(start.noindex, false);
  assert.equal(start.nav, undefined);
  assert.equal(start.progress, 'Question 1 of at most 2');
  assert.deepEqual(
    start.answers.map((answer) => answer.route),
    ['/troubleshoot/t/api/', '/troubleshoot/t/browser/'],
  );
  assert.equal(range.title, 'Question 2: Inside the range? | Test tree');
  assert.equal(range.progress, 'Question 2, the last');
  assert.equal(range.noindex, true);
  assert.deepEqual(range.nav, { back: '/troubleshoot/t/', startAgain: '/troubleshoot/t/' });
  assert.deepEqual(range.answersSoFar, [
    {
      question: 'Where?',
      answer: 'An API',
      changeRoute: '/troubleshoot/t/#answer-api',
      assumes: undefined,
      help: undefined,
    },
  ]);
  assert.equal(reset.title, 'Outcome reset (result) | Test tree');
  assert.equal(reset.outcome.kindLabel, 'The fix');
  assert.deepEqual(reset.facts, { client: 'data-loader' });
  assert.deepEqual(
    reset.outcome.related.map((related) => related.id),
    ['g2', 'g1'],
  );
  assert.deepEqual(reset.nav, { back: '/troubleshoot/t/api/', startAgain: '/troubleshoot/t/' });
  assert.deepEqual(reset.answersSoFar[1], {
    question: 'Inside the range?',
    answer: 'Not sure',
    changeRoute: '/troubleshoot/t/api/#answer-not-sure',
    assumes: 'that you are outside',
    help: 'Look at the login history.',
  });
});

test('resultPages: one untailored page per outcome, offering the fewest questions that tailor it', () => {
  const pages = resultPages(loaded, summaries);
  assert.deepEqual(
    pages.map((page) => [page.outcome.id, page.questionsToTailor, page.title]),
    [
      ['no-token', 1, 'Outcome no-token | Test tree'],
      ['reset', 2, 'Outcome reset | Test tree'],
    ],
  );
  assert.equal(pages[0]!.outcome.kindLabel, 'No token needed');
  assert.deepEqual(pages[0]!.outcome.messages, []);
  // Both messages, in page order whatever the frontmatter's order: the admin message, then the reply.
  assert.deepEqual(
    pages[1]!.outcome.messages.map((message) => [message.id, message.text]),
    [
      ['admin-message', 'Please reset it.'],
      ['user-reply', 'Done.'],
    ],
  );
  assert.deepEqual(
    pages[0]!.breadcrumbs.map((crumb) => crumb.href),
    ['/', '/troubleshoot/', '/troubleshoot/t/'],
  );
});

test('mapPage names the tree in its title and trail', () => {
  const page = mapPage(tree);
  assert.equal(page.heading, 'Map: What is wrong?');
  assert.equal(page.breadcrumbs.at(-1)!.label, 'Test tree');
});
