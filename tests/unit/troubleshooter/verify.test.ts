import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Outcome, Tree } from '../../../src/lib/troubleshooter/model.ts';
import { formatTreeProblems, verifyTree, type TreeProblem } from '../../../src/lib/troubleshooter/verify.ts';
import { KNOWN, outcome, question, sampleTree, tree } from './build-tree.ts';

function problems(t: Tree, outcomes: readonly Outcome[], known: Partial<typeof KNOWN> = {}): TreeProblem[] {
  return verifyTree(t, outcomes, { ...KNOWN, ...known });
}

/** The one problem a case should produce. */
function onlyProblem(t: Tree, outcomes: readonly Outcome[], known: Partial<typeof KNOWN> = {}): TreeProblem {
  const found = problems(t, outcomes, known);
  assert.equal(found.length, 1, formatTreeProblems(found));
  const [problem] = found;
  assert.ok(problem);
  return problem;
}

describe('verifyTree', () => {
  test('passes a sound tree', () => {
    const { tree: t, outcomes } = sampleTree();
    assert.deepEqual(problems(t, outcomes), []);
  });

  describe('missing nodes', () => {
    test('one problem for all the answers of a question that lead to the same missing id', () => {
      const t = tree('q', [question('q', { a: 'gone', b: 'o', c: 'gone' })]);
      assert.match(onlyProblem(t, [outcome('o')]).message, /^Answers "a", "c" lead to "gone", which/);
    });

    test('suggests nothing when no id is near enough to be a typo', () => {
      const t = tree('q', [question('q', { a: 'token-replaced', b: 'login-ip-ranges' })]);
      assert.match(onlyProblem(t, [outcome('login-ip-ranges')]).fix, /^Point next at an existing id/);
    });

    test('names the answer and suggests the closest id', () => {
      const t = tree('q', [question('q', { a: 'reset-token', b: 'reset-tokn' })]);
      const problem = onlyProblem(t, [outcome('reset-token')]);
      assert.equal(problem.file, 'content/troubleshooters/t.yaml');
      assert.equal(problem.node, 'q');
      assert.match(problem.message, /Answer "b" leads to "reset-tokn"/);
      assert.match(problem.fix, /Did you mean "reset-token"\?/);
      assert.match(problem.fix, /content\/troubleshooters\/t\/reset-tokn\.mdx/);
    });
  });

  describe('duplicate ids', () => {
    test('two questions with one id', () => {
      const t = tree('q', [question('q', { a: 'o', b: 'o' }), question('q', { c: 'o', d: 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.equal(problem.node, 'q');
      assert.match(problem.message, /2 questions have the id "q"/);
    });

    test('a question and an outcome with one id', () => {
      const t = tree('q', [question('q', { a: 'o', b: 'p' }), question('p', { c: 'o', d: 'o' })]);
      const found = problems(t, [outcome('o'), outcome('p')]);
      const clash = found.find((problem) => problem.file === 'content/troubleshooters/t/p.mdx');
      assert.ok(clash, formatTreeProblems(found));
      assert.equal(clash.node, 'p');
      assert.match(clash.message, /same id as a question in content\/troubleshooters\/t\.yaml/);
    });

    test('two answers with one id in a question', () => {
      const t = tree('q', [
        question('q', [
          ['a', 'o'],
          ['a', 'p'],
          ['b', 'o'],
        ]),
      ]);
      const problem = onlyProblem(t, [outcome('o'), outcome('p')]);
      assert.equal(problem.node, 'q');
      assert.match(problem.message, /2 answers with the id "a"/);
    });

    test('the same answer id in different questions is fine', () => {
      const t = tree('q', [question('q', { yes: 'r', no: 'o' }), question('r', { yes: 'o', no: 'o' })]);
      assert.deepEqual(problems(t, [outcome('o')]), []);
    });
  });

  describe('start', () => {
    test('missing', () => {
      const t = tree('whre', [question('where', { a: 'o', b: 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.equal(problem.node, 'start');
      assert.match(problem.message, /"whre", which is not a question/);
      assert.match(problem.fix, /Did you mean "where"\?/);
    });

    test('an outcome', () => {
      const t = tree('o', [question('q', { a: 'o', b: 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.match(problem.message, /an outcome; a troubleshooter must begin with a question/);
    });
  });

  describe('unreachable nodes', () => {
    test('a question and an outcome no answer leads to', () => {
      const t = tree('q', [question('q', { a: 'o', b: 'o' }), question('old', { a: 'o', b: 'gone' })]);
      const found = problems(t, [outcome('o'), outcome('gone')]);
      assert.deepEqual(
        found.map(({ file, node }) => [file, node]),
        [
          ['content/troubleshooters/t.yaml', 'old'],
          ['content/troubleshooters/t/gone.mdx', 'gone'],
        ],
      );
      assert.match(
        found[1]?.fix ?? '',
        /Point an answer's next in content\/troubleshooters\/t\.yaml at "gone", or delete this file/,
      );
    });
  });

  describe('answer count', () => {
    test('a question with one answer', () => {
      const t = tree('q', [question('q', { a: 'r', b: 'o' }), question('r', { only: 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.equal(problem.node, 'r');
      assert.match(problem.message, /only one answer/);
      assert.match(problem.fix, /point to "o" directly/);
    });

    test('a question with no answers', () => {
      const t = tree('q', [question('q', {})]);
      const problem = onlyProblem(t, []);
      assert.match(problem.message, /no answers/);
    });
  });

  describe('loops', () => {
    test('names the loop', () => {
      const t = tree('a', [
        question('a', { next: 'b', done: 'o' }),
        question('b', { next: 'c', done: 'o' }),
        question('c', { back: 'a', done: 'o' }),
      ]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.equal(problem.node, 'c');
      assert.match(problem.message, /a → b → c → a/);
      assert.match(problem.fix, /answer "back" of "c"/);
    });

    test('a question that leads to itself', () => {
      const t = tree('a', [question('a', { again: 'a', done: 'o' })]);
      assert.match(onlyProblem(t, [outcome('o')]).message, /a → a/);
    });

    test('a loop away from the start, reached twice, is reported once', () => {
      const t = tree('a', [
        question('a', { x: 'b', y: 'c' }),
        question('b', { x: 'c', y: 'o' }),
        question('c', { x: 'd', y: 'o' }),
        question('d', { x: 'c', y: 'o' }),
      ]);
      assert.match(onlyProblem(t, [outcome('o')]).message, /c → d → c/);
    });

    test('skips the page count, which has no end on a loop', () => {
      const t = tree('a', [question('a', { again: 'a', done: 'o' })]);
      assert.equal(problems(t, [outcome('o')], { maxPaths: 1 }).length, 1);
    });
  });

  describe('guides', () => {
    test('an outcome related to a missing guide', () => {
      const { tree: t } = sampleTree();
      const outcomes = [
        outcome('no-token', 'no-token-needed'),
        outcome('reset', 'fix', { related: ['reset-your-securty-token'] }),
      ];
      const problem = onlyProblem(t, outcomes);
      assert.equal(problem.file, 'content/troubleshooters/t/reset.mdx');
      assert.equal(problem.node, 'reset');
      assert.match(problem.fix, /Did you mean "reset-your-security-token"\?/);
    });

    test('links in help texts, hints and outcome bodies', () => {
      const t = tree('q', [
        question(
          'q',
          { a: { next: 'o', hint: 'See [the email](/guides/token-email/).' }, b: 'o' },
          { help: 'Read /guides/reset-your-security-token/ first.' },
        ),
      ]);
      const outcomes = [outcome('o', 'fix', { body: 'Follow [these steps](/guides/reset-token/#steps).' })];
      const found = problems(t, outcomes);
      assert.deepEqual(
        found.map(({ node, message }) => [node, message]),
        [
          ['q', 'The answer "a" hint links to /guides/token-email/, a guide that does not exist.'],
          ['o', 'The body links to /guides/reset-token/, a guide that does not exist.'],
        ],
      );
    });

    test('ignores guide paths on other sites', () => {
      const outcomes = [
        outcome('o', 'fix', {
          body: 'See https://example.com/guides/nothing-here/ and <a href="https://x.org/docs/guides/x">x</a>.',
        }),
      ];
      assert.deepEqual(problems(tree('q', [question('q', { a: 'o', b: 'o' })]), outcomes), []);
    });
  });

  describe('links into the tree', () => {
    test('a link to a path that does not exist', () => {
      const { tree: t } = sampleTree();
      const outcomes = [
        outcome('no-token', 'no-token-needed', { body: 'Try [again](/troubleshoot/t/api/elsewhere/).' }),
        outcome('reset'),
      ];
      const problem = onlyProblem(t, outcomes);
      assert.equal(problem.node, 'no-token');
      assert.match(
        problem.message,
        /links to \/troubleshoot\/t\/api\/elsewhere\/, which is not a page: the path breaks at "elsewhere", after \/troubleshoot\/t\/api\/\./,
      );
    });

    test('links to existing pages and to other trees pass', () => {
      const { tree: t } = sampleTree();
      const body =
        'Links: /troubleshoot/t/, /troubleshoot/t/api/, /troubleshoot/t/api/outside/ and /troubleshoot/other/anything/.';
      assert.deepEqual(problems(t, [outcome('no-token', 'no-token-needed', { body }), outcome('reset')]), []);
    });
  });

  describe('facts', () => {
    test('an unknown fact key', () => {
      const t = tree('q', [question('q', { a: { next: 'o', sets: { clinet: 'data-loader' } }, b: 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.equal(problem.node, 'q');
      assert.match(problem.message, /Answer "a" sets the unknown fact "clinet"/);
      assert.match(problem.fix, /Did you mean "client"\? Use one of the known facts: client, experience\./);
    });

    test('an unknown client', () => {
      const t = tree('q', [question('q', { a: { next: 'o', sets: { client: 'dataloader' } }, b: 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.match(
        problem.message,
        /sets client to "dataloader", but client must be a client id from content\/clients\.yaml/,
      );
      assert.match(problem.fix, /Did you mean "data-loader"\?/);
    });

    test('an unknown experience', () => {
      const t = tree('q', [question('q', { a: { next: 'o', sets: { experience: 'lightening' } }, b: 'o' })]);
      assert.match(
        onlyProblem(t, [outcome('o')]).fix,
        /Did you mean "lightning"\? Set experience to lightning or classic\./,
      );
    });

    test('known facts pass', () => {
      const t = tree('q', [
        question('q', { a: { next: 'o', sets: { client: 'workbench', experience: 'classic' } }, b: 'o' }),
      ]);
      assert.deepEqual(problems(t, [outcome('o')]), []);
    });
  });

  describe('page budget', () => {
    // sampleTree's pages: the start, api, api/inside, api/outside and browser.
    test('counts every page, the start included', () => {
      const { tree: t, outcomes } = sampleTree();
      assert.deepEqual(problems(t, outcomes, { maxPaths: 5 }), []);
      const problem = onlyProblem(t, outcomes, { maxPaths: 4 });
      assert.equal(problem.node, 't');
      assert.match(problem.message, /makes 5 pages .* the budget is 4\./);
    });

    test('counts a very wide tree without walking every path', () => {
      // 60 questions in a row, each with two answers to the next: about 2^61 pages.
      const ids = Array.from({ length: 60 }, (_, i) => `q${i}`);
      const questions = ids.map((id, i) => question(id, { a: ids[i + 1] ?? 'o', b: ids[i + 1] ?? 'o' }));
      const problem = onlyProblem(tree('q0', questions), [outcome('o')]);
      assert.match(problem.message, /makes \d{19} pages/);
    });
  });

  test('reports several problems in the order of the checks', () => {
    const t = tree('q', [question('q', { a: 'nowhere' }), question('q', { a: 'o', b: 'o' })]);
    assert.deepEqual(
      problems(t, [outcome('o')]).map((problem) => problem.message.split(/[,:;.]/)[0]),
      [
        '2 questions have the id "q"',
        'Answer "a" leads to "nowhere"',
        'Question "q" has only one answer',
        'Outcome "o" cannot be reached from the start',
      ],
    );
  });
});

describe('formatTreeProblems', () => {
  test('one block per problem with file, node, problem and fix', () => {
    const text = formatTreeProblems([
      { file: 'a.yaml', node: 'q', message: 'Broken.', fix: 'Mend it.' },
      { file: 'a/o.mdx', node: 'o', message: 'Also broken.', fix: 'Mend that.' },
    ]);
    assert.equal(
      text,
      [
        'The troubleshooter has 2 problems:',
        '',
        'a.yaml',
        '  node:    q',
        '  problem: Broken.',
        '  fix:     Mend it.',
        '',
        'a/o.mdx',
        '  node:    o',
        '  problem: Also broken.',
        '  fix:     Mend that.',
        '',
      ].join('\n'),
    );
  });

  test('nothing for no problems', () => {
    assert.equal(formatTreeProblems([]), '');
  });
});
