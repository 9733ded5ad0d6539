/**
 * Everything a troubleshooter page shows besides an outcome's body, worked out
 * once (as Starlight's route data does): the start page, each question, each
 * outcome reached by answers, each untailored result page and the map. The
 * pages and components only render it.
 */
import { troubleshooterBreadcrumbs, type Crumb, type GuideSummary } from '../navigation.ts';
import { routes } from '../routes.ts';
import { OUTCOME_KINDS, type OutcomeKind } from '../taxonomy.ts';
import type { AnsweredQuestion, Facts, LoadedTree, Outcome, Question, State, Tree } from '../troubleshooter/model.ts';
import { enumerateStates, fewestQuestionsTo, questionsLeft } from '../troubleshooter/paths.ts';

export interface AnswerLink {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The page the answer leads to. */
  route: string;
}

/** One row of "Your answers": the question, the answer given, and the way back to change it. */
export interface AnswerSoFar {
  question: string;
  answer: string;
  /** The question's page with the earlier answer marked (#answer-<id>, styled by :target). */
  changeRoute: string;
  /** For a "Not sure" that carried on: what was assumed, and how to check it. */
  assumes?: string | undefined;
  help?: string | undefined;
}

interface StepPageBase {
  /** The `[...path]` parameter: undefined for the start page. */
  path: string | undefined;
  /** The page's title (the layout adds the site's name). */
  title: string;
  description: string;
  /** Only a tree's start page is indexed; each outcome's indexed page is its result page. */
  noindex: boolean;
  tree: { id: string; title: string };
  answersSoFar: AnswerSoFar[];
  /** Back one answer and Start again; none on the start page. */
  nav?: { back: string; startAgain: string };
}

export interface QuestionPageData extends StepPageBase {
  kind: 'start' | 'question';
  question: { text: string; help?: string | undefined };
  answers: AnswerLink[];
  /** "Question 2 of at most 4", or "Question 4, the last". */
  progress: string;
  /** The start page's trail and its way to the map. */
  breadcrumbs: Crumb[];
  mapRoute: string;
  treeDescription: string;
}

export interface OutcomePageData extends StepPageBase {
  kind: 'outcome';
  outcome: OutcomeData;
  /** What the answers established, for the outcome components (When, TokenPlacement, ResetSteps). */
  facts: Facts;
}

export type StepPageData = QuestionPageData | OutcomePageData;

/** A ready-to-copy message box on an outcome; `id` names its heading and text (see src/lib/page-ids.ts). */
export interface CopyableMessage {
  id: string;
  heading: string;
  intro: string;
  /** Markdown, from the outcome's frontmatter. */
  text: string;
}

/** The message boxes an outcome may have, in page order, and the frontmatter field each shows. */
export const COPYABLE_MESSAGES = [
  {
    field: 'adminMessage',
    id: 'admin-message',
    heading: 'Message for your Salesforce admin',
    intro: 'Only an admin can change the settings involved. Copy this message into an email or chat to your admin:',
  },
  {
    field: 'userReply',
    id: 'user-reply',
    heading: 'Reply to your user',
    intro: 'Copy this reply, fill in the parts in square brackets, and send it to the user who asked:',
  },
] as const satisfies readonly (Omit<CopyableMessage, 'text'> & { field: keyof Outcome })[];

/** An outcome's article, as the tailored page and the untailored result page both show it. */
export interface OutcomeData {
  id: string;
  title: string;
  kind: OutcomeKind;
  /** The badge over the title. */
  kindLabel: string;
  /** The outcome's ready-to-copy messages, in page order (none, one or both). */
  messages: CopyableMessage[];
  related: GuideSummary[];
  /** The tree's audience, for search's filters on the indexed result page. */
  audience: Tree['audience'];
  feedbackPage: string;
}

export interface ResultPageData {
  outcome: OutcomeData;
  /** The page's title (the layout adds the site's name). */
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  /** The fewest questions on a path to this outcome, offered as the way to tailor it. */
  questionsToTailor: number;
  startRoute: string;
}

export interface MapPageData {
  title: string;
  description: string;
  heading: string;
  breadcrumbs: Crumb[];
}

/** The links of a question's answers, one page further along. */
export function answerLinks(treeId: string, segments: readonly string[], question: Question): AnswerLink[] {
  return question.answers.map((answer) => ({
    id: answer.id,
    label: answer.label,
    hint: answer.hint,
    route: routes.troubleshooter(treeId, [...segments, answer.id]),
  }));
}

function answersSoFar(treeId: string, steps: readonly AnsweredQuestion[]): AnswerSoFar[] {
  return steps.map((step, index) => ({
    question: step.question.text,
    answer: step.answer.label,
    changeRoute: `${routes.troubleshooter(
      treeId,
      steps.slice(0, index).map((earlier) => earlier.answer.id),
    )}#answer-${step.answer.id}`,
    assumes: step.answer.assumes,
    help: step.question.help,
  }));
}

function outcomeData(tree: Tree, outcome: Outcome, guides: ReadonlyMap<string, GuideSummary>): OutcomeData {
  return {
    id: outcome.id,
    title: outcome.title,
    kind: outcome.kind,
    kindLabel: OUTCOME_KINDS[outcome.kind],
    messages: COPYABLE_MESSAGES.flatMap(({ field, id, heading, intro }) => {
      const text = outcome[field];
      return text ? [{ id, heading, intro, text }] : [];
    }),
    related: outcome.related.flatMap((id) => guides.get(id) ?? []),
    audience: tree.audience,
    feedbackPage: `troubleshoot/${tree.id}/${outcome.id}`,
  };
}

const byId = (guides: readonly GuideSummary[]) => new Map(guides.map((guide) => [guide.id, guide]));

/** Every page reached by answers, the start page first; `guides` are the published guides. */
export function stepPages(loaded: LoadedTree, guides: readonly GuideSummary[]): StepPageData[] {
  const left = questionsLeft(loaded);
  const guideById = byId(guides);
  return enumerateStates(loaded).map((state) => stepPage(loaded.tree, state, left, guideById));
}

function stepPage(
  tree: Tree,
  state: State,
  left: ReadonlyMap<string, number>,
  guides: ReadonlyMap<string, GuideSummary>,
): StepPageData {
  const { segments } = state;
  const base = {
    path: segments.length > 0 ? segments.join('/') : undefined,
    noindex: segments.length > 0,
    tree: { id: tree.id, title: tree.title },
    answersSoFar: answersSoFar(tree.id, state.answered),
    ...(segments.length > 0
      ? {
          nav: {
            back: routes.troubleshooter(tree.id, segments.slice(0, -1)),
            startAgain: routes.troubleshooter(tree.id),
          },
        }
      : {}),
  };
  if (state.kind === 'outcome') {
    return {
      ...base,
      kind: 'outcome',
      title: `${state.outcome.title} (result) | ${tree.title}`,
      description: `${tree.title}: ${state.outcome.title}`,
      outcome: outcomeData(tree, state.outcome, guides),
      facts: state.facts,
    };
  }
  const number = segments.length + 1;
  const most = segments.length + (left.get(state.question.id) ?? 1);
  return {
    ...base,
    kind: segments.length === 0 ? 'start' : 'question',
    title: `${segments.length === 0 ? tree.title : `Question ${number}: ${state.question.text}`} | ${tree.title}`,
    description: tree.description,
    question: { text: state.question.text, help: state.question.help },
    answers: answerLinks(tree.id, segments, state.question),
    progress: `Question ${number}${most > number ? ` of at most ${most}` : ', the last'}`,
    breadcrumbs: troubleshooterBreadcrumbs(),
    mapRoute: routes.treeMap(tree.id),
    treeDescription: tree.description,
  };
}

/** One untailored page per outcome: the troubleshooter page that search indexes and the sitemap lists. */
export function resultPages(loaded: LoadedTree, guides: readonly GuideSummary[]): ResultPageData[] {
  const { tree, outcomes } = loaded;
  const fewest = fewestQuestionsTo(loaded);
  const guideById = byId(guides);
  return outcomes.map((outcome) => ({
    outcome: outcomeData(tree, outcome, guideById),
    title: `${outcome.title} | ${tree.title}`,
    description: `${tree.title}: ${outcome.title}`,
    breadcrumbs: troubleshooterBreadcrumbs(tree),
    questionsToTailor: fewest.get(outcome.id) ?? 1,
    startRoute: routes.troubleshooter(tree.id),
  }));
}

export function mapPage(tree: Tree): MapPageData {
  return {
    title: `Map: ${tree.title}`,
    description: `Every question and result of the troubleshooter "${tree.question}" on one page.`,
    heading: `Map: ${tree.question}`,
    breadcrumbs: troubleshooterBreadcrumbs(tree),
  };
}
