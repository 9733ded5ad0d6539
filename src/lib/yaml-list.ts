/**
 * Checks a YAML data file that holds a list of entries with ids (clients.yaml,
 * and any other such list) before Astro's loader reads it. Astro's file()
 * loader logs a syntax error and keeps the last good data, and lets a second
 * entry with the same id replace the first; here both are problems with a line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { BuildProblem } from './build-problems.ts';
import { repeatedIds } from './id-checks.ts';

/** YAML syntax errors, with the parser's line and column, and an empty file; `document` is `source` parsed, if the caller has it. */
export function yamlSyntaxProblems(
  source: string,
  file: string,
  document: Document = parseDocument(source),
): BuildProblem[] {
  if (source.replace(/#.*$/gm, '').trim() === '')
    return [
      {
        file,
        where: 'the whole file',
        message: 'The file is empty.',
        fix: 'Write its content (see the other files of its kind for the fields), or delete the file.',
      },
    ];
  // The first error only: the ones after it are usually the same mistake seen again.
  const [error] = document.errors;
  if (!error) return [];
  const [start] = error.linePos ?? [];
  return [
    {
      file,
      where: start ? `line ${start.line}, column ${start.col}` : 'the whole file',
      message: `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
      fix: 'Correct the YAML at that line: check the indentation, that a "- " starts each list entry, and quote text that contains ": " or starts with a special character.',
    },
  ];
}

/** Syntax errors, and a file that is not a list. */
export function yamlListProblems(source: string, file: string): BuildProblem[] {
  const document = parseDocument(source);
  const syntax = yamlSyntaxProblems(source, file, document);
  if (syntax.length > 0) return syntax;
  if (isSeq(document.contents)) return [];
  return [
    {
      file,
      where: 'the whole file',
      message: 'The file is not a list of entries.',
      fix: 'Start every entry with "- id: ", one after another, as in the entries already there.',
    },
  ];
}

/** Every entry whose id an earlier entry of the same list already has, with both lines. */
export function duplicateIdProblems(source: string, file: string): BuildProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  if (document.errors.length > 0 || !isSeq(document.contents)) return [];
  const entries = document.contents.items.flatMap((item) => {
    const node = isMap(item) ? item.get('id', true) : undefined;
    if (!isScalar(node) || !node.range) return [];
    return [{ id: String(node.value), line: lineCounter.linePos(node.range[0]).line }];
  });
  return repeatedIds(entries).map(({ repeat: { id, line }, first }) => ({
    file,
    where: `line ${line}, id`,
    message: `The id "${id}" is already used by the entry at line ${first.line}; the second entry would silently replace the first.`,
    fix: `Merge the two entries for "${id}" into one, or give this entry its own id.`,
  }));
}
