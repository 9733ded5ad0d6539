/**
 * Dated platform changes (content/changes.yaml): when each one happens, in
 * words that follow the build date. Everything here takes `today` as an
 * argument, so a test can fix the clock and no build fails on a calendar date.
 */
import { didYouMean } from '../suggest.ts';
import type { BuildProblem } from '../build-problems.ts';
import { missingIds } from '../id-checks.ts';
import type { Change as ChangeEntry } from '../content-schema.ts';

/** The fields of a change entry this file works with, so tests can write small ones. */
export type Change = Pick<ChangeEntry, 'id' | 'date' | 'period' | 'approximateDate' | 'title' | 'notice' | 'sources'>;

export type ChangeStatus = 'upcoming' | 'past';

/** How a page labels a change by its status. */
export const CHANGE_STATUS_LABELS = { upcoming: 'Upcoming', past: 'In effect' } as const satisfies Record<
  ChangeStatus,
  string
>;

export const CHANGES_FILE = 'content/changes.yaml';
export const WHEN_PLACEHOLDER = '{when}';

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "February 20, 2027". Dates are read as UTC days, as YAML dates are. */
export const formatDate = (date: Date): string => DATE_FORMAT.format(date);

/** The day used for ordering and tense: the exact date, else the estimate. */
export function effectiveDate(change: Change): Date {
  const date = change.date ?? change.approximateDate;
  if (!date) throw new Error(`Change "${change.id}" has neither a date nor an approximate date.`);
  return date;
}

/** The start of `today` in UTC, so a change dated today counts as happened all day. */
const utcDay = (today: Date) => Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());

export function changeStatus(change: Change, today: Date): ChangeStatus {
  return effectiveDate(change).getTime() <= utcDay(today) ? 'past' : 'upcoming';
}

/** "on February 20, 2027" for an exact date, "in Summer '27" for a period. */
export function whenPhrase(change: Change): string {
  return change.date ? `on ${formatDate(change.date)}` : `in ${change.period ?? ''}`;
}

/** What a reader sees as the date: "February 20, 2027" or "Summer '27 (about June 2027)". */
export function whenLabel(change: Change): string {
  if (change.date) return formatDate(change.date);
  const estimate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    effectiveDate(change),
  );
  return change.period === estimate ? estimate : `${change.period ?? ''} (about ${estimate})`;
}

/** The notice sentence in the tense that fits `today`. */
export function noticeText(change: Change, today: Date): string {
  const template = change.notice[changeStatus(change, today)];
  return template.replace(WHEN_PLACEHOLDER, whenPhrase(change));
}

/** Changes in date order, split into those already in effect and those still to come. */
export function timeline<T extends Change>(changes: readonly T[], today: Date): { past: T[]; upcoming: T[] } {
  const sorted = [...changes].sort((a, b) => effectiveDate(a).getTime() - effectiveDate(b).getTime());
  return {
    past: sorted.filter((change) => changeStatus(change, today) === 'past'),
    upcoming: sorted.filter((change) => changeStatus(change, today) === 'upcoming'),
  };
}

/** Problems a single change entry can have that its schema cannot express. */
export function changeEntryProblems(change: Change): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const problem = (field: string, message: string, fix: string) =>
    problems.push({ file: CHANGES_FILE, where: `entry "${change.id}", ${field}`, message, fix });
  if (change.date && (change.period || change.approximateDate)) {
    problem(
      'date',
      `Change "${change.id}" has both an exact date and a period.`,
      'Give either an exact date, or a period with an approximate date, not both.',
    );
  } else if (!change.date && !(change.period && change.approximateDate)) {
    problem(
      'date',
      `Change "${change.id}" has no date.`,
      'Give the exact date Salesforce published (date: 2027-02-20), or the release it named with our estimate (period: "Summer \'27" and approximateDate: 2027-06-15).',
    );
  }
  for (const tense of ['upcoming', 'past'] as const) {
    if (change.notice[tense].split(WHEN_PLACEHOLDER).length !== 2) {
      problem(
        `notice.${tense}`,
        `Change "${change.id}": the ${tense} notice does not have ${WHEN_PLACEHOLDER} exactly once.`,
        `Write ${WHEN_PLACEHOLDER} once where the date goes, like "stops working ${WHEN_PLACEHOLDER}".`,
      );
    }
  }
  return problems;
}

/** Pages listing changes (`changes: [id]`) must name changes that exist. */
export function checkChangeReferences(
  changeIds: ReadonlySet<string>,
  pages: readonly { file: string; changes: readonly string[] }[],
): BuildProblem[] {
  return pages.flatMap((page) =>
    missingIds(page.changes, changeIds).map((id) => ({
      file: page.file,
      where: 'changes',
      message: `No change "${id}" in ${CHANGES_FILE}.`,
      fix: `${didYouMean(id, changeIds)}Use the id of an entry there.`,
    })),
  );
}
