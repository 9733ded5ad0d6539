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

const GENERIC_FIX = 'Correct the field: CONTRIBUTING.md lists every field and its format.';
/** zod's own messages, which say what is wrong but not what to write. */
const ZOD_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)\b/;

/** A value worth quoting: text, a number or a flag; a whole mapping or list would bury the message. */
const quotable = (input: unknown) => input !== undefined && (typeof input !== 'object' || input === null);

/**
 * The schema's own messages say what to write (and "… Fix: …" where they also say what is wrong), so they
 * are the fix; zod's messages say what is wrong, so they are the problem.
 */
function issueProblem(issue: z.core.$ZodIssue, file: string): BuildProblem {
  const where = fieldPath(issue.path);
  const [said = issue.message, fix] = issue.message.split(/\s*Fix: /);
  if (fix !== undefined) return { file, where, message: said, fix: fix.charAt(0).toUpperCase() + fix.slice(1) };
  const value = quotable(issue.input) ? JSON.stringify(issue.input) : undefined;
  if (ZOD_MESSAGE.test(issue.message))
    return {
      file,
      where,
      message: value ? `${issue.message} (the value is ${value})` : issue.message,
      fix: GENERIC_FIX,
    };
  const message =
    issue.input === undefined
      ? 'The field is missing.'
      : value
        ? `The value ${value} is not allowed here.`
        : 'The field does not hold what it should.';
  return { file, where, message, fix: issue.message };
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
