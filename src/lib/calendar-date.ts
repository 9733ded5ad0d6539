/**
 * Checks a date as written in content (YYYY-MM-DD). The YAML parser turns
 * 2026-02-30 into March 2 without a word, so dates are checked as text.
 */

/** Why the text is not an acceptable past date, or undefined when it is one. */
export function calendarDateProblem(text: string, today: Date): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `"${text}" is not a date written as YYYY-MM-DD.`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return `${text} is not a day of the calendar.`;
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (date.getTime() > endOfToday) return `${text} is in the future.`;
  return undefined;
}
