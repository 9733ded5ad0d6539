import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadedTree, type Outcome, type Tree } from '../../../src/lib/troubleshooter/model.ts';
import { verifyTree } from '../../../src/lib/troubleshooter/verify.ts';
import { formatBuildProblems, type BuildProblem } from '../../../src/lib/build-problems.ts';
import { KNOWN, outcome, question, sampleTree, tree } from './build-tree.ts';

function problems(t: Tree, outcomes: readonly Outcome[], known: Partial<typeof KNOWN> = {}): BuildProblem[] {
  return verifyTree(loadedTree(t, outcomes), { ...KNOWN, ...known });
}

/** The one problem a case should produce. */
function onlyProblem(t: Tree, outcomes: readonly Outcome[], known: Partial<typeof KNOWN> = {}): BuildProblem {
  const found = problems(t, outcomes, known);
  assert.equal(found.length, 1, formatBuildProblems('Problems', found));
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
      assert.equal(problem.where, 'q');
      assert.match(problem.message, /Answer "b" leads to "reset-tokn"/);
      assert.match(problem.fix, /Did you mean "reset-token"\?/);
      assert.match(problem.fix, /content\/troubleshooters\/t\/reset-tokn\.mdx/);
    });
  });

  describe('duplicate ids', () => {
    test('two questions with one id', () => {
      const t = tree('q', [question('q', { a: 'o', b: 'o' }), question('q', { c: 'o', d: 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.equal(problem.where, 'q');
      assert.match(problem.message, /2 questions have the id "q"/);
    });

    test('a question and an outcome with one id', () => {
      const t = tree('q', [question('q', { a: 'o', b: 'p' }), question('p', { c: 'o', d: 'o' })]);
      const found = problems(t, [outcome('o'), outcome('p')]);
      const clash = found.find((problem) => problem.file === 'content/troubleshooters/t/p.mdx');
      assert.ok(clash, formatBuildProblems('Problems', found));
      assert.equal(clash.where, 'p');
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
      assert.equal(problem.where, 'q');
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
      assert.equal(problem.where, 'start');
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
        found.map(({ file, where }) => [file, where]),
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
      assert.equal(problem.where, 'r');
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
      assert.equal(problem.where, 'c');
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
      assert.equal(problems(t, [outcome('o')], { maxPages: 1 }).length, 1);
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
      assert.equal(problem.where, 'reset');
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
        found.map(({ where, message }) => [where, message]),
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
      assert.equal(problem.where, 'no-token');
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
      assert.equal(problem.where, 'q');
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
      assert.deepEqual(problems(t, outcomes, { maxPages: 5 }), []);
      const problem = onlyProblem(t, outcomes, { maxPages: 4 });
      assert.equal(problem.where, 't');
      assert.match(problem.message, /makes 5 pages .* the budget is 4\./);
    });

    test('counts a very wide tree without walking every path', () => {
      // 60 questions in a row, each with two answers to the next: about 2^61 pages.
      const ids = Array.from({ length: 60 }, (_, i) => `q${i}`);
      const questions = ids.map((id, i) => question(id, { a: ids[i + 1] ?? 'o', b: ids[i + 1] ?? 'o' }));
      const messages = problems(tree('q0', questions), [outcome('o')]).map((problem) => problem.message);
      assert.ok(
        messages.some((message) => /makes \d{19} pages/.test(message)),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((message) => /A path asks 60 questions/.test(message)),
        messages.join('\n'),
      );
    });
  });

  describe('question budget', () => {
    // q1 -> q2 -> ... -> qN -> o: one path of N questions.
    const chain = (length: number) =>
      Array.from({ length }, (_, i) => question(`q${i + 1}`, { a: i + 1 < length ? `q${i + 2}` : 'o', b: 'o' }));

    test('six questions on the longest path pass; seven fail, naming the budget', () => {
      // Paths of 1, 2, 3, 4, 5, 6 and 6 questions: the median is 4.
      assert.deepEqual(problems(tree('q1', chain(6)), [outcome('o')]), []);
      const [longest] = problems(tree('q1', chain(7)), [outcome('o')]);
      assert.match(longest!.message, /A path asks 7 questions before its outcome; the budget is 6/);
      assert.equal(longest!.where, 't');
    });

    test('a median over 4 fails even when no path is over 6', () => {
      // Five questions, each answer going on to the next: 2^4 paths of 5 questions, 2^4 more ending at q5.
      const questions = Array.from({ length: 5 }, (_, i) =>
        question(`q${i + 1}`, { a: i < 4 ? `q${i + 2}` : 'o', b: i < 4 ? `q${i + 2}` : 'o' }),
      );
      const problem = onlyProblem(tree('q1', questions), [outcome('o')]);
      assert.match(problem.message, /Half the paths ask 5 questions or more; the budget for the median is 4/);
    });
  });

  describe('reserved addresses', () => {
    test('a first answer may not be called "result" or "map"', () => {
      const t = tree('q', [question('q', { result: 'o', map: 'o', fine: 'o' })]);
      const found = problems(t, [outcome('o')]);
      assert.deepEqual(
        found.map((problem) => [problem.where, problem.message.match(/Answer "(\w+)"/)?.[1]]),
        [
          ['q', 'result'],
          ['q', 'map'],
        ],
      );
      assert.match(found[0]!.fix, /Give the answer another id/);
    });
  });

  describe('"Not sure"', () => {
    test('carrying on without `assumes` is a problem naming the question and the fix', () => {
      const t = tree('q', [question('q', { yes: 'o', 'not-sure': 'o' })]);
      const problem = onlyProblem(t, [outcome('o')]);
      assert.equal(problem.where, 'q');
      assert.match(problem.message, /Answer "not-sure" carries on to "o" without saying what it assumed/);
      assert.match(problem.fix, /Add `assumes:`/);
    });

    test('with `assumes`, or ending at an ask-admin outcome, it is fine', () => {
      const t = tree('q', [
        question('q', { yes: 'r', 'not-sure': { next: 'o', assumes: 'that it is there' } }),
        question('r', { yes: 'o', 'not-sure': 'admin' }),
      ]);
      assert.deepEqual(problems(t, [outcome('o'), outcome('admin', 'ask-admin')]), []);
    });
  });

  describe('admin trees', () => {
    test('every outcome of a tree for admins needs a reply to the user', () => {
      const t = tree('q', [question('q', { a: 'o', b: 'p' })], { audience: ['admin'] });
      const problem = onlyProblem(t, [outcome('o', 'fix', { userReply: 'Hi, done.' }), outcome('p')]);
      assert.equal(problem.where, 'p');
      assert.equal(problem.file, 'content/troubleshooters/t/p.mdx');
      assert.match(problem.fix, /userReply/);
    });

    test('a tree that is also for users needs no reply', () => {
      const t = tree('q', [question('q', { a: 'o', b: 'o' })], { audience: ['user', 'admin'] });
      assert.deepEqual(problems(t, [outcome('o')]), []);
    });
  });

  describe('links to result pages', () => {
    test("a link to an existing outcome's result page is fine; a missing one names the closest id", () => {
      const { tree: t, outcomes } = sampleTree();
      const ok = [{ ...outcomes[0]!, body: 'See [reset](/troubleshoot/t/result/reset/).' }, outcomes[1]!];
      assert.deepEqual(problems(t, ok), []);
      const bad = [{ ...outcomes[0]!, body: 'See [reset](/troubleshoot/t/result/reste/).' }, outcomes[1]!];
      const problem = onlyProblem(t, bad);
      assert.match(problem.message, /links to \/troubleshoot\/t\/result\/reste\/, which is not a result page/);
      assert.match(problem.fix, /Did you mean "reset"\?/);
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
