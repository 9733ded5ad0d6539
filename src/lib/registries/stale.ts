/**
 * Facts that nobody has checked for a year: guides by `lastVerified`, sources
 * by `checked`. The build prints them as a to-do list; it never fails on them,
 * so no build starts failing on a calendar date.
 */

export interface Dated {
  /** What to re-check, as a reader of the list finds it: a file and an entry. */
  what: string;
  date: Date;
}

export const STALE_AFTER_DAYS = 365;

const LAST_VERIFIED = /^---\r?\n(?:(?!---)[^\n]*\n)*?lastVerified:[ \t]*['"]?(\d{4}-\d{2}-\d{2})\b/;

/**
 * A guide file's lastVerified date, from the top-level frontmatter line the schema requires, or
 * undefined. Read from the text rather than by parsing the frontmatter again: the content sync has
 * parsed it already, and at a thousand guides a second YAML parse is a noticeable part of the build.
 */
export function lastVerifiedOf(source: string): Date | undefined {
  const date = new Date(LAST_VERIFIED.exec(source)?.[1] ?? '');
  return Number.isNaN(date.getTime()) ? undefined : date;
}
const DAY_MS = 86_400_000;

export function staleEntries(entries: readonly Dated[], today: Date, afterDays = STALE_AFTER_DAYS): Dated[] {
  const cutoff = today.getTime() - afterDays * DAY_MS;
  return entries.filter((entry) => entry.date.getTime() < cutoff).sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** The plain list the build prints, or '' when everything was checked within the year. */
export function formatStaleList(stale: readonly Dated[]): string {
  if (stale.length === 0) return '';
  const lines = stale.map((entry) => `  - ${entry.what}: last checked ${entry.date.toISOString().slice(0, 10)}`);
  return [
    `Facts last checked more than a year ago (${stale.length}); re-read the source and update the date:`,
    ...lines,
  ].join('\n');
}
