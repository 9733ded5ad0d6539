/**
 * Checks of guide files as written, before Astro reads them: the file names
 * in content/guides/, and in each file what the schema cannot see (the date
 * as text, the body, its headings, raw HTML).
 */
import { slug } from 'github-slugger';
import { parseDocument, type Document } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { calendarDateProblem } from './calendar-date.ts';
import { GUIDE_COMPONENTS, markdownComponentProblems, unknownComponentProblems } from './component-names.ts';
import type { BuildProblem } from './build-problems.ts';
import { PAGE_IDS } from './page-ids.ts';
import { yamlSyntaxProblems } from './yaml-list.ts';
import { findUnsafeMarkup, UNSAFE_MARKUP_FIX } from './unsafe-markup.ts';
import { directiveProblems } from './markdown/directives.ts';

const KEBAB_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx?$/;

const kebab = (name: string) =>
  name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** File names (relative to the guides folder) that would make a bad or clashing address. */
export function guideFileNameProblems(names: readonly string[], dir: string): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const byAddress = new Map<string, { name: string; extension: string }>();
  for (const name of [...names].sort()) {
    const file = `${dir}/${name}`;
    if (/\.markdown$/i.test(name)) {
      problems.push({
        file,
        where: 'file name',
        message: `"${name}" ends in .markdown; guides are .md or .mdx files, and this one would not be built at all.`,
        fix: `Rename it to ${kebab(name)}.md.`,
      });
      continue;
    }
    const extension = /\.mdx?$/i.exec(name)?.[0].toLowerCase();
    if (!extension) continue;
    if (!KEBAB_NAME.test(name)) {
      problems.push({
        file,
        where: 'file name',
        message: `"${name}" has capitals, spaces or other characters; the file name is the guide's address.`,
        fix: `Rename it to ${kebab(name)}${extension}: lower-case words joined by hyphens.`,
      });
    }
    const address = kebab(name);
    const other = byAddress.get(address);
    if (other === undefined) byAddress.set(address, { name, extension });
    else
      problems.push({
        file,
        where: 'file name',
        message: `"${name}" and "${other.name}" differ only in case, punctuation or extension, so they would share the address /guides/${address}/${other.extension === extension ? ' (and clash on case-insensitive disks)' : ''}.`,
        fix: 'Merge the two guides, or give one of them a different name.',
      });
  }
  return problems;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown or MDX file's frontmatter and body, with the body's first line in the file. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return {
    frontmatter: match[1] ?? '',
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/**
 * A frontmatter's data, or its syntax problems. js-yaml, the parser Astro reads frontmatter with, reads a thousand
 * guides' frontmatter in about a fifth of the time `yaml` takes; `yaml` is asked only when js-yaml fails, for
 * problems with line and column. The core schema keeps dates as the text written (see dateProblems).
 */
function frontmatterData(frontmatter: string, file: string): { data: unknown } | { problems: BuildProblem[] } {
  try {
    return { data: loadYaml(frontmatter, { schema: CORE_SCHEMA }) };
  } catch {
    const document = parseDocument(frontmatter);
    const problems = frontmatterSyntaxProblems(frontmatter, file, document);
    return problems.length > 0 ? { problems } : { data: document.toJS() };
  }
}

/** Problems of one guide file's text; frontmatter the schema rejects is left to the schema. */
export function guideSourceProblems(source: string, file: string, today: Date): BuildProblem[] {
  const parts = splitFrontmatter(source);
  if (!parts) return [];
  const frontmatter = frontmatterData(parts.frontmatter, file);
  if ('problems' in frontmatter) return frontmatter.problems;
  return [
    ...dateProblems(frontmatter.data, file, today),
    ...bodyProblems(parts.body, file, parts.bodyLine, GUIDE_COMPONENTS),
  ];
}

/** YAML syntax errors in frontmatter, with lines counted in the whole file (the opening --- is line 1). */
export function frontmatterSyntaxProblems(
  frontmatter: string,
  file: string,
  document: Document = parseDocument(frontmatter),
): BuildProblem[] {
  if (frontmatter.trim() === '') return [];
  return yamlSyntaxProblems(frontmatter, file, document).map((problem) => ({
    ...problem,
    where: problem.where.replace(/^line (\d+)/, (_, line: string) => `line ${Number(line) + 1}`),
  }));
}

/** `frontmatter`'s data, parsed with the core schema: 2026-02-30 is still that text, not March 2. */
function dateProblems(frontmatter: unknown, file: string, today: Date): BuildProblem[] {
  const value = (frontmatter as { lastVerified?: unknown } | null)?.lastVerified;
  if (value === undefined || value === null) return [];
  const problem = calendarDateProblem(String(value), today);
  return problem
    ? [
        {
          file,
          where: 'lastVerified',
          message: problem,
          fix: 'Give the day you last checked the facts against the sources, as YYYY-MM-DD (today or earlier).',
        },
      ]
    : [];
}

/**
 * Empty body, `#` headings, heading ids that repeat or clash with the page's, raw HTML, components the page does not
 * offer, unknown or unclosed `:::` directives. `firstLine` is the body's line in the file.
 */
export function bodyProblems(
  body: string,
  file: string,
  firstLine: number,
  components: readonly string[],
): BuildProblem[] {
  if (body.trim() === '')
    return [
      {
        file,
        where: 'body',
        message: 'The body is empty: the page would show a title and nothing else.',
        fix: 'Write the guide below the closing --- of the frontmatter.',
      },
    ];
  const problems: BuildProblem[] = [];
  const seen = new Map<string, number>();
  for (const heading of headingsOf(body)) {
    const line = firstLine + heading.line - 1;
    if (heading.depth === 1) {
      problems.push({
        file,
        where: `line ${line}, heading "# ${heading.text}"`,
        message: 'A "#" heading would be a second <h1>: the page title is the only one.',
        fix: `Make it "## ${heading.text}", or put this text in the title field.`,
      });
    }
    // The id a heading gets before the slugger adds -1, -2 to repeats.
    const id = slug(heading.text);
    if (PAGE_IDS.some((pageId) => pageId === id))
      problems.push({
        file,
        where: `line ${line}, heading "${heading.text}"`,
        message: `The heading's id would be "${id}", which the page already uses for its own ${id === 'main' ? 'main content' : 'controls'}; links to either would break.`,
        fix: `Reword the heading (ids in use: ${PAGE_IDS.join(', ')}).`,
      });
    const earlier = seen.get(id);
    if (earlier !== undefined)
      problems.push({
        file,
        where: `line ${line}, heading "${heading.text}"`,
        message: `The heading's id "${id}" repeats the heading at line ${earlier}, so a link to #${id} could only reach the first.`,
        fix: 'Give each heading its own wording.',
      });
    else seen.set(id, line);
  }
  problems.push(
    ...(file.endsWith('.md')
      ? markdownComponentProblems(body, file, firstLine)
      : unknownComponentProblems(body, file, firstLine, components)),
    ...directiveProblems(body, file, firstLine),
    ...findUnsafeMarkup(body).map((found) => ({
      file,
      where: `line ${firstLine + found.line - 1}`,
      message: `${found.what}: ${found.markup}`,
      fix: UNSAFE_MARKUP_FIX,
    })),
  );
  return problems;
}

/** ATX headings outside fenced code, with plain text and their line in `body`. */
function headingsOf(body: string): { depth: number; text: string; line: number }[] {
  const headings: { depth: number; text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((line, i) => {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker) fence = fence === marker ? undefined : (fence ?? marker);
    if (fence) return;
    const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (match)
      headings.push({
        depth: match[1]!.length,
        text: match[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, ''),
        line: i + 1,
      });
  });
  return headings;
}
