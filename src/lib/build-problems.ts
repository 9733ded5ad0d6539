/**
 * The one shape of a mistake the build finds in the content, and the one way
 * it is printed: the file, where in it (a field, a tree's node, a line), what
 * is wrong with which value, and how to fix it. Every build check returns
 * these; tests/fixtures/*\/expected.txt is written in the same labelled lines.
 */

export interface BuildProblem {
  /** The file to open, relative to the project, e.g. `content/guides/reset.mdx`. */
  file: string;
  /** A field (`related`), a tree's question or outcome id, or a line (`line 12, id`); `the whole file` otherwise. */
  where: string;
  /** What is wrong, quoting the bad value. */
  message: string;
  /** What to write instead. */
  fix: string;
}

const LABEL_WIDTH = 'problem: '.length;

/** One labelled line of a problem block, e.g. `  where:   related`. */
export function problemLine(label: 'where' | 'problem' | 'fix', text: string): string {
  return `  ${`${label}:`.padEnd(LABEL_WIDTH)}${text}`;
}

/** One block per problem under a heading; empty when there are none. */
export function formatBuildProblems(heading: string, problems: readonly BuildProblem[]): string {
  if (problems.length === 0) return '';
  const blocks = problems.map((problem) =>
    [
      problem.file,
      problemLine('where', problem.where),
      problemLine('problem', problem.message),
      problemLine('fix', problem.fix),
    ].join('\n'),
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

/** The error that stops the build with these problems under `heading`. */
export function problemsError(heading: string, problems: readonly BuildProblem[]): ContentError {
  return new ContentError(formatBuildProblems(heading, problems));
}

/** Throws the problems as one error under `heading`; does nothing when there are none. */
export function throwBuildProblems(heading: string, problems: readonly BuildProblem[]): void {
  if (problems.length > 0) throw problemsError(heading, problems);
}
