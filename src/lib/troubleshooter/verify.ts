/**
 * The checks that make the build refuse a broken tree, each problem naming
 * the file, the node and how to fix it. A problem's `where` is the question
 * or outcome id, `start`, or the tree id for problems of the whole tree.
 */
import { EXPERIENCES, keysOf } from '../taxonomy.ts';
import { findNode, startQuestion, type LoadedTree, type Outcome, type Question, type Tree } from './model.ts';
import { countQuestions, MAX_MEDIAN_QUESTIONS, MAX_QUESTIONS_ON_A_PATH, resolveSegments } from './paths.ts';
import { RESERVED_TREE_SEGMENTS, routes } from '../routes.ts';
import { didYouMean } from '../suggest.ts';
import type { BuildProblem } from '../build-problems.ts';
import { missingIds, repeatedIds } from '../id-checks.ts';

/** The page budget of a tree: more pages than this fails the build. */
export const MAX_TREE_PAGES = 600;

/** What a tree is checked against: the rest of the site, and its page budget. */
export interface VerifyContext {
  guideIds: ReadonlySet<string>;
  clientIds: ReadonlySet<string>;
  /** The most pages a tree may generate: every question and outcome page on every path, the start included. */
  maxPages: number;
}

interface FactRule {
  allowed: (known: VerifyContext) => ReadonlySet<string>;
  /** Completes "<key> must be …". */
  describe: string;
}

/** The facts an answer may set; any other key is a typo. */
const FACT_RULES = new Map<string, FactRule>([
  ['client', { allowed: (known) => known.clientIds, describe: 'a client id from content/clients.yaml' }],
  ['experience', { allowed: () => new Set<string>(keysOf(EXPERIENCES)), describe: keysOf(EXPERIENCES).join(' or ') }],
]);

// Site-relative links only: a word character, dot or slash before the path means another site's page.
const GUIDE_LINK = /(?<![\w./-])\/guides\/([a-z0-9-]+)/g;
const TROUBLESHOOT_LINK = /(?<![\w./-])\/troubleshoot\/([a-z0-9-]+)((?:\/[a-z0-9-]+)*)/g;

/** The heading the build prints over the problems of the trees. */
export const TREE_PROBLEMS_HEADING = 'The troubleshooters cannot be used';

export function verifyTree(loaded: LoadedTree, known: VerifyContext): BuildProblem[] {
  const { tree, outcomes } = loaded;
  const hasStart = loaded.questionsById.has(tree.start);
  const loops = findLoops(loaded);
  // Counting paths terminates only on a tree without loops.
  const walkable = hasStart && loops.length === 0;
  return [
    ...duplicateIdProblems(loaded),
    ...startProblems(loaded),
    ...missingNodeProblems(loaded),
    ...answerCountProblems(tree),
    ...(hasStart ? unreachableProblems(loaded) : []),
    ...loops.map((loop) => loopProblem(tree, loop)),
    ...factProblems(tree, known),
    ...relatedGuideProblems(outcomes, known.guideIds),
    ...linkProblems(loaded, known.guideIds, hasStart),
    ...(walkable ? pageBudgetProblems(loaded, known.maxPages) : []),
    ...(walkable ? questionBudgetProblems(loaded) : []),
    ...notSureProblems(loaded),
    ...userReplyProblems(tree, outcomes),
    ...whenProblems(loaded, known),
    ...reservedAnswerProblems(loaded),
    ...(walkable ? addressLengthProblems(loaded) : []),
  ];
}

function duplicateIdProblems({ tree, outcomes }: LoadedTree): BuildProblem[] {
  const questionIds = new Set(tree.questions.map((question) => question.id));
  return [
    ...duplicates(tree.questions).map(([id, count]) => ({
      file: tree.file,
      where: id,
      message: `${count} questions have the id "${id}"; only the first one is used.`,
      fix: `Give each question its own id, and point each answer's next at the question it means.`,
    })),
    ...outcomes
      .filter((outcome) => questionIds.has(outcome.id))
      .map((outcome) => ({
        file: outcome.file,
        where: outcome.id,
        message: `The outcome "${outcome.id}" has the same id as a question in ${tree.file}, so answers pointing to "${outcome.id}" never reach it.`,
        fix: `Rename this file or the question, and update the next fields that should point to the renamed one.`,
      })),
    ...tree.questions.flatMap((question) =>
      duplicates(question.answers).map(([id, count]) => ({
        file: tree.file,
        where: question.id,
        message: `Question "${question.id}" has ${count} answers with the id "${id}". Answer ids form the page address, so each must be unique within its question.`,
        fix: `Give each of the answers "${id}" its own id.`,
      })),
    ),
  ];
}

/** [id, count] for every id used more than once. */
function duplicates(items: readonly { id: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { repeat } of repeatedIds(items)) counts.set(repeat.id, (counts.get(repeat.id) ?? 1) + 1);
  return [...counts];
}

function startProblems({ tree, questionsById, outcomesById }: LoadedTree): BuildProblem[] {
  if (questionsById.has(tree.start)) return [];
  const message = outcomesById.has(tree.start)
    ? `start is "${tree.start}", an outcome; a troubleshooter must begin with a question.`
    : `start is "${tree.start}", which is not a question of this tree.`;
  const fix = `${didYouMean(tree.start, questionsById.keys())}Set start to the id of the first question.`;
  return [{ file: tree.file, where: 'start', message, fix }];
}

/** One problem per question and missing id, naming every answer that leads there. */
function missingNodeProblems(loaded: LoadedTree): BuildProblem[] {
  const { tree } = loaded;
  const ids = [...loaded.questionsById.keys(), ...loaded.outcomesById.keys()];
  return tree.questions.flatMap((question) =>
    [...answerIdsByNext(question)]
      .filter(([next]) => !findNode(loaded, next))
      .map(([next, answerIds]) => {
        const [subject, verb] = answerIds.length === 1 ? ['Answer', 'leads'] : ['Answers', 'lead'];
        return {
          file: tree.file,
          where: question.id,
          message: `${subject} ${answerIds.map((id) => `"${id}"`).join(', ')} ${verb} to "${next}", which is neither a question nor an outcome of this tree.`,
          fix:
            `${didYouMean(next, ids)}Point next at an existing id, or add a question "${next}" ` +
            `to this file or the outcome file ${outcomeFile(tree, next)}.`,
        };
      }),
  );
}

function answerIdsByNext(question: Question): Map<string, string[]> {
  const byNext = new Map<string, string[]>();
  for (const answer of question.answers) byNext.set(answer.next, [...(byNext.get(answer.next) ?? []), answer.id]);
  return byNext;
}

function outcomeFile(tree: Tree, outcomeId: string): string {
  return `${tree.file.replace(/\.ya?ml$/, '')}/${outcomeId}.mdx`;
}

function answerCountProblems(tree: Tree): BuildProblem[] {
  return tree.questions.flatMap((question) => {
    const [only, second] = question.answers;
    if (second) return [];
    const problem = only
      ? {
          message: `Question "${question.id}" has only one answer, so it asks nothing.`,
          fix: `Add another answer (a "Not sure" answer with how to check, where readers may not know), or remove the question and point to "${only.next}" directly.`,
        }
      : {
          message: `Question "${question.id}" has no answers, so readers are stuck on it.`,
          fix: 'Give it at least two answers, or remove it.',
        };
    return [{ file: tree.file, where: question.id, ...problem }];
  });
}

function unreachableProblems(loaded: LoadedTree): BuildProblem[] {
  const { tree } = loaded;
  const reached = reachableIds(loaded);
  const nodes = [
    ...[...loaded.questionsById.keys()].map((id) => ({
      id,
      file: tree.file,
      what: 'Question',
      fix: `Point an answer's next at "${id}", or remove the question.`,
    })),
    ...[...loaded.outcomesById.values()].map(({ id, file }) => ({
      id,
      file,
      what: 'Outcome',
      fix: `Point an answer's next in ${tree.file} at "${id}", or delete this file.`,
    })),
  ];
  return nodes
    .filter(({ id }) => !reached.has(id))
    .map(({ id, file, what, fix }) => ({
      file,
      where: id,
      message: `${what} "${id}" cannot be reached from the start: no answer on the way leads to it.`,
      fix,
    }));
}

function reachableIds({ tree, questionsById }: LoadedTree): Set<string> {
  const reached = new Set([tree.start]);
  const queue = [tree.start];
  for (const id of queue) {
    for (const answer of questionsById.get(id)?.answers ?? []) {
      if (reached.has(answer.next)) continue;
      reached.add(answer.next);
      queue.push(answer.next);
    }
  }
  return reached;
}

interface Loop {
  /** The question ids round the loop, the first repeated at the end. */
  ids: string[];
  /** The question and answer that close the loop. */
  from: string;
  answer: string;
}

/** Every answer that leads back to a question on its own path, found depth-first from the start, then from any question not yet seen. */
function findLoops({ tree, questionsById }: LoadedTree): Loop[] {
  const loops: Loop[] = [];
  const finished = new Set<string>();
  const path: string[] = [];
  const visit = (question: Question): void => {
    path.push(question.id);
    for (const answer of question.answers) {
      const onPath = path.indexOf(answer.next);
      if (onPath >= 0) {
        loops.push({ ids: [...path.slice(onPath), answer.next], from: question.id, answer: answer.id });
        continue;
      }
      const next = questionsById.get(answer.next);
      if (next && !finished.has(next.id)) visit(next);
    }
    path.pop();
    finished.add(question.id);
  };
  const start = questionsById.get(tree.start);
  for (const question of [...(start ? [start] : []), ...questionsById.values()]) {
    if (!finished.has(question.id)) visit(question);
  }
  return loops;
}

function loopProblem(tree: Tree, loop: Loop): BuildProblem {
  const [first = ''] = loop.ids;
  return {
    file: tree.file,
    where: loop.from,
    message:
      `These questions form a loop: ${loop.ids.join(' → ')}. Answer "${loop.answer}" of "${loop.from}" leads back to ` +
      `"${first}", so a reader can go round forever.`,
    fix: `Point answer "${loop.answer}" of "${loop.from}" at a question further on or at an outcome: every path must end in an outcome.`,
  };
}

function factProblems(tree: Tree, known: VerifyContext): BuildProblem[] {
  return tree.questions.flatMap((question) =>
    question.answers.flatMap((answer) =>
      Object.entries(answer.sets).flatMap(([key, value]) => {
        const problem = factProblem(key, value, known);
        return problem
          ? [
              {
                file: tree.file,
                where: question.id,
                message: `Answer "${answer.id}" ${problem.message}`,
                fix: problem.fix,
              },
            ]
          : [];
      }),
    ),
  );
}

function factProblem(key: string, value: string, known: VerifyContext): { message: string; fix: string } | undefined {
  const rule = FACT_RULES.get(key);
  if (!rule) {
    return {
      message: `sets the unknown fact "${key}".`,
      fix: `${didYouMean(key, FACT_RULES.keys())}Use one of the known facts: ${[...FACT_RULES.keys()].join(', ')}.`,
    };
  }
  const allowed = rule.allowed(known);
  if (allowed.has(value)) return undefined;
  return {
    message: `sets ${key} to "${value}", but ${key} must be ${rule.describe}.`,
    fix: `${didYouMean(value, allowed)}Set ${key} to ${rule.describe}.`,
  };
}

function relatedGuideProblems(outcomes: readonly Outcome[], guideIds: ReadonlySet<string>): BuildProblem[] {
  return outcomes.flatMap((outcome) =>
    missingIds(outcome.related, guideIds).map((id) => ({
      file: outcome.file,
      where: outcome.id,
      message: `related lists the guide "${id}", which does not exist.`,
      fix: `${didYouMean(id, guideIds)}Use the file name of a guide in content/guides/, without .md or .mdx.`,
    })),
  );
}

interface Text {
  file: string;
  node: string;
  /** Which text of the node, e.g. `help` or `answer "api" hint`. */
  part: string;
  text: string;
}

function textsOf(tree: Tree, outcomes: readonly Outcome[]): Text[] {
  const text = (file: string, node: string, part: string, value: string | undefined): Text[] =>
    value === undefined ? [] : [{ file, node, part, text: value }];
  return [
    ...tree.questions.flatMap((question) => [
      ...text(tree.file, question.id, 'text', question.text),
      ...text(tree.file, question.id, 'help', question.help),
      ...question.answers.flatMap((answer) => [
        ...text(tree.file, question.id, `answer "${answer.id}" label`, answer.label),
        ...text(tree.file, question.id, `answer "${answer.id}" hint`, answer.hint),
        ...text(tree.file, question.id, `answer "${answer.id}" assumes`, answer.assumes),
      ]),
    ]),
    ...outcomes.flatMap((outcome) => [
      ...text(outcome.file, outcome.id, 'body', outcome.body),
      ...text(outcome.file, outcome.id, 'adminMessage', outcome.adminMessage),
      ...text(outcome.file, outcome.id, 'userReply', outcome.userReply),
    ]),
  ];
}

function linkProblems(loaded: LoadedTree, guideIds: ReadonlySet<string>, hasStart: boolean): BuildProblem[] {
  return textsOf(loaded.tree, loaded.outcomes).flatMap((text) => [
    ...guideLinkProblems(text, guideIds),
    ...(hasStart ? troubleshootLinkProblems(text, loaded) : []),
  ]);
}

function guideLinkProblems({ file, node, part, text }: Text, guideIds: ReadonlySet<string>): BuildProblem[] {
  return [...text.matchAll(GUIDE_LINK)].flatMap(([, id = '']) =>
    guideIds.has(id)
      ? []
      : [
          {
            file,
            where: node,
            message: `The ${part} links to /guides/${id}/, a guide that does not exist.`,
            fix: `${didYouMean(id, guideIds)}Link to the file name of a guide in content/guides/, without .md or .mdx.`,
          },
        ],
  );
}

/** Links into this tree must name a page; links to other trees are not checked here. */
function troubleshootLinkProblems({ file, node, part, text }: Text, loaded: LoadedTree): BuildProblem[] {
  const { tree } = loaded;
  return [...text.matchAll(TROUBLESHOOT_LINK)].flatMap(([, treeId, rest = '']) => {
    if (treeId !== tree.id) return [];
    const segments = rest.split('/').filter(Boolean);
    if (segments[0] === 'result') return resultLinkProblems({ file, node, part }, loaded, segments);
    const resolution = resolveSegments(loaded, segments);
    if (resolution.ok) return [];
    const after =
      resolution.validSegments.length > 0 ? routes.troubleshooter(tree.id, resolution.validSegments) : 'the start';
    return [
      {
        file,
        where: node,
        message: `The ${part} links to ${routes.troubleshooter(tree.id, segments)}, which is not a page: the path breaks at "${resolution.badSegment}", after ${after}.`,
        fix: `Link to an existing path: ${tree.id}.paths.txt lists every path that ends in an outcome.`,
      },
    ];
  });
}

function pageBudgetProblems(loaded: LoadedTree, maxPages: number): BuildProblem[] {
  const { tree } = loaded;
  const pages = countPages(loaded);
  if (pages <= maxPages) return [];
  return [
    {
      file: tree.file,
      where: tree.id,
      message: `The tree makes ${pages} pages (a page per question and outcome on every answer path, the start included); the budget is ${maxPages}.`,
      fix:
        'Ask questions that several branches repeat once, before the branches, or merge answers that lead to the same place. ' +
        'Raise the budget only if every new path is wanted.',
    },
  ];
}

/** Pages on all paths from the start, memoised per question; the tree must be free of loops. */
function countPages(loaded: LoadedTree): number {
  const pagesFrom = new Map<string, number>();
  const count = (question: Question): number => {
    const known = pagesFrom.get(question.id);
    if (known !== undefined) return known;
    let pages = 1;
    for (const answer of question.answers) {
      const next = loaded.questionsById.get(answer.next);
      pages += next ? count(next) : loaded.outcomesById.has(answer.next) ? 1 : 0;
    }
    pagesFrom.set(question.id, pages);
    return pages;
  };
  return count(startQuestion(loaded));
}

function resultLinkProblems(
  { file, node, part }: Omit<Text, 'text'>,
  { tree, outcomes }: LoadedTree,
  segments: readonly string[],
): BuildProblem[] {
  const [, outcomeId = '', ...extra] = segments;
  if (extra.length === 0 && outcomes.some((outcome) => outcome.id === outcomeId)) return [];
  const link = `/troubleshoot/${tree.id}/${segments.join('/')}/`;
  return [
    {
      file,
      where: node,
      message: `The ${part} links to ${link}, which is not a result page.`,
      fix: `${didYouMean(
        outcomeId,
        outcomes.map((outcome) => outcome.id),
      )}Link to /troubleshoot/${tree.id}/result/<outcome id>/, the outcome id being a file name in content/troubleshooters/${tree.id}/.`,
    },
  ];
}

/** design.md's question budget: at most 6 questions on any path, at most 4 on the median path. */
function questionBudgetProblems(loaded: LoadedTree): BuildProblem[] {
  const { tree } = loaded;
  const counts = countQuestions(loaded);
  const problems: BuildProblem[] = [];
  if (counts.longest > MAX_QUESTIONS_ON_A_PATH) {
    problems.push({
      file: tree.file,
      where: tree.id,
      message: `A path asks ${counts.longest} questions before its outcome; the budget is ${MAX_QUESTIONS_ON_A_PATH}. ${tree.id}.paths.txt lists every path.`,
      fix: 'Ask first what readers can see, drop questions that do not change the outcome, or move rare checks into the outcome\'s "Didn\'t work?".',
    });
  }
  if (counts.median > MAX_MEDIAN_QUESTIONS) {
    problems.push({
      file: tree.file,
      where: tree.id,
      message: `Half the paths ask ${counts.median} questions or more; the budget for the median is ${MAX_MEDIAN_QUESTIONS}.`,
      fix: 'Order the questions so the likely outcomes come soonest, and ask by name (the app, the error) only just before the outcome that uses it.',
    });
  }
  return problems;
}

/** A "Not sure" that carries on must say what it assumed; only one that ends at "ask your admin" may say nothing. */
function notSureProblems({ tree, outcomesById }: LoadedTree): BuildProblem[] {
  return tree.questions.flatMap((question) =>
    question.answers
      .filter((answer) => answer.id === 'not-sure' && answer.assumes === undefined)
      .filter((answer) => outcomesById.get(answer.next)?.kind !== 'ask-admin')
      .map((answer) => ({
        file: tree.file,
        where: question.id,
        message: `Answer "not-sure" carries on to "${answer.next}" without saying what it assumed.`,
        fix: 'Add `assumes:` completing "We assumed …" (the likely answer), so the outcome can say what to check; or lead "Not sure" to an ask-admin outcome if nothing else can be decided.',
      })),
  );
}

/** A tree for admins only: every outcome ends with a reply the admin can send the user. */
function userReplyProblems(tree: Tree, outcomes: readonly Outcome[]): BuildProblem[] {
  if (!tree.audience.every((audience) => audience === 'admin')) return [];
  return outcomes
    .filter((outcome) => !outcome.userReply?.trim())
    .map((outcome) => ({
      file: outcome.file,
      where: outcome.id,
      message: 'This admin outcome has no userReply.',
      fix: 'Add `userReply: |` to the frontmatter: a short, ready-to-copy reply to the user who asked, with [placeholders] for names.',
    }));
}

// <When> conditions in outcome bodies: each attribute must be a fact some answer of this tree sets, each value one it
// can take. A typo would otherwise hide the sentence from every reader.
const WHEN_TAG = /<When\b([^>]*)>/g;
const WHEN_ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

function whenProblems({ tree, outcomes }: LoadedTree, known: VerifyContext): BuildProblem[] {
  const setByTree = new Map<string, Set<string>>();
  for (const answer of tree.questions.flatMap((question) => question.answers))
    for (const [key, value] of Object.entries(answer.sets))
      setByTree.set(key, (setByTree.get(key) ?? new Set()).add(value));
  return outcomes.flatMap((outcome) =>
    [...outcome.body.matchAll(WHEN_TAG)].flatMap(([tag, attributes = '']) =>
      [...attributes.matchAll(WHEN_ATTRIBUTE)].flatMap(([, key = '', double, single, expression]) => {
        const at = { file: outcome.file, where: `${outcome.id}: ${tag}` };
        const rule = FACT_RULES.get(key);
        if (!rule)
          return [
            {
              ...at,
              message: `<When> has the attribute "${key}", which is not a fact, so this text would never show.`,
              fix: `${didYouMean(key, FACT_RULES.keys())}Use one of: ${[...FACT_RULES.keys()].join(', ')}.`,
            },
          ];
        if (expression !== undefined)
          return [
            {
              ...at,
              message: `<When ${key}={…}> is an expression; the build cannot check it.`,
              fix: `Write the values as text: ${key}="value other-value".`,
            },
          ];
        const allowed = rule.allowed(known);
        const setHere = setByTree.get(key) ?? new Set<string>();
        return (double ?? single ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .flatMap((value) => {
            if (!allowed.has(value))
              return [
                {
                  ...at,
                  message: `<When ${key}="…"> lists "${value}", but ${key} must be ${rule.describe}.`,
                  fix: `${didYouMean(value, allowed)}List values separated by spaces, each ${rule.describe}.`,
                },
              ];
            if (!setHere.has(value))
              return [
                {
                  ...at,
                  message: `<When ${key}="…"> lists "${value}", but no answer in ${tree.file} sets ${key} to "${value}", so that part never shows.`,
                  fix: `${didYouMean(value, setHere)}Use a value an answer sets (${[...setHere].join(', ') || 'none yet'}), or add "sets: { ${key}: ${value} }" to the answer that means it.`,
                },
              ];
            return [];
          });
      }),
    ),
  );
}

/** Answers of the start question are the first segment below the tree's address, where its other pages live. */
function reservedAnswerProblems({ tree, questionsById }: LoadedTree): BuildProblem[] {
  const start = questionsById.get(tree.start);
  return (start?.answers ?? [])
    .filter((answer) => RESERVED_TREE_SEGMENTS.some((segment) => segment === answer.id))
    .map((answer) => ({
      file: tree.file,
      where: start!.id,
      message: `Answer "${answer.id}" of the start question would have the address ${routes.troubleshooter(tree.id, [answer.id])}, which is the tree's ${answer.id} page.`,
      fix: `Give the answer another id, such as "${answer.id}-answer"; these ids are taken: ${RESERVED_TREE_SEGMENTS.join(', ')}.`,
    }));
}

// Each answer id is a folder name in the built site, and the folders nest along a path.
const MAX_SEGMENT_BYTES = 100;
const MAX_ADDRESS_BYTES = 1000;

function addressLengthProblems(loaded: LoadedTree): BuildProblem[] {
  const { tree } = loaded;
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const long = tree.questions.flatMap((question) =>
    question.answers
      .filter((answer) => bytes(answer.id) > MAX_SEGMENT_BYTES)
      .map((answer) => ({
        file: tree.file,
        where: question.id,
        message: `Answer id "${answer.id.slice(0, 40)}…" is ${bytes(answer.id)} bytes long; an answer id is a folder name in the built site and may be at most ${MAX_SEGMENT_BYTES}.`,
        fix: 'Use a short id of a few words, such as "data-loader" or "not-sure".',
      })),
  );
  if (long.length > 0) return long;
  const longest = new Map<string, string[]>();
  const walk = (question: Question): string[] => {
    const known = longest.get(question.id);
    if (known) return known;
    let best: string[] = [];
    for (const answer of question.answers) {
      const next = loaded.questionsById.get(answer.next);
      const path = [answer.id, ...(next ? walk(next) : [])];
      if (bytes(path.join('/')) > bytes(best.join('/'))) best = path;
    }
    longest.set(question.id, best);
    return best;
  };
  const path = walk(startQuestion(loaded));
  const address = routes.troubleshooter(tree.id, path);
  if (bytes(address) <= MAX_ADDRESS_BYTES) return [];
  return [
    {
      file: tree.file,
      where: tree.id,
      message: `The longest path makes the address ${address.slice(0, 80)}…, ${bytes(address)} bytes long; the limit is ${MAX_ADDRESS_BYTES}, as files that deep cannot be written or served everywhere.`,
      fix: 'Shorten the answer ids along that path, or ask fewer questions one after another.',
    },
  ];
}
