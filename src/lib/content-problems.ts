/**
 * The shape of a content mistake found while building, and how the build
 * prints it: the file, where in it (a field or node, with a line when known),
 * what is wrong with which value, and how to fix it.
 */

export interface ContentProblem {
  file: string;
  /** The field or node, e.g. `title`, `line 12, id`, `answer "map" of question "start"`. */
  where: string;
  /** What is wrong, quoting the bad value. */
  message: string;
  fix: string;
}

/** One block per problem under a heading; empty when there are none. */
export function formatContentProblems(heading: string, problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return '';
  const blocks = problems.map((problem) =>
    [problem.file, `  where:   ${problem.where}`, `  problem: ${problem.message}`, `  fix:     ${problem.fix}`].join(
      '\n',
    ),
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`${heading} (${count}):`, ...blocks].join('\n\n') + '\n';
}

/**
 * An error about content, for the author: Astro prints its message and, since it has no stack, no stack trace
 * (which would point into the build's code, not at the content).
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}
