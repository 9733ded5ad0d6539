/**
 * Runs a content schema outside Astro (scripts, tests) and turns its failures
 * into build problems: the file, the field path, the value and the fix.
 */
import type { z } from 'astro/zod';
import { problemsError, type BuildProblem } from './build-problems.ts';

/** `questions[0].answers[1].id`, or `the whole file` for the top level. */
function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the whole file';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The schema's messages say "… Fix: …" where they know the fix; zod's own messages do not. */
function issueProblem(issue: z.core.$ZodIssue, file: string): BuildProblem {
  const [message = issue.message, fix = 'Correct the field: CONTRIBUTING.md lists every field and its format.'] =
    issue.message.split(/\s*Fix: /);
  // A value is quoted when it is text, a number or a flag; a whole mapping or list would bury the message.
  const quoted = issue.input !== undefined && (typeof issue.input !== 'object' || issue.input === null);
  return {
    file,
    where: fieldPath(issue.path),
    message: quoted ? `${message} (the value is ${JSON.stringify(issue.input)})` : message,
    fix: fix.charAt(0).toUpperCase() + fix.slice(1),
  };
}

/** The parsed data, or a ContentError listing every problem. */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
): z.output<Schema> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw problemsError(
    `${file} does not match the content model`,
    result.error.issues.map((issue) => issueProblem(issue, file)),
  );
}
