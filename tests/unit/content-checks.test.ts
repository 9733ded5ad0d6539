import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarDateProblem } from '../../src/lib/calendar-date.ts';
import { duplicateIdProblems, yamlListProblems, yamlSyntaxProblems } from '../../src/lib/yaml-list.ts';
import { guideFileNameProblems, guideSourceProblems } from '../../src/lib/guide-source.ts';
import { findUnsafeMarkup } from '../../src/lib/unsafe-markup.ts';

const today = new Date('2026-12-01T12:00:00Z');

test('dates are checked as written: the calendar, the format, the future', () => {
  assert.equal(calendarDateProblem('2026-11-30', today), undefined);
  assert.equal(calendarDateProblem('2026-12-01', today), undefined);
  assert.equal(calendarDateProblem('2026-02-30', today), '2026-02-30 is not a day of the calendar.');
  assert.equal(calendarDateProblem('2026-12-02', today), '2026-12-02 is in the future.');
  assert.equal(calendarDateProblem('1 May 2026', today), '"1 May 2026" is not a date written as YYYY-MM-DD.');
});

test('a YAML list: the first syntax error with its line and column, a file that is not a list, an empty file', () => {
  const [syntax] = yamlSyntaxProblems('- id: a\n  name: A\n   kind: tool\n', 'x.yaml');
  assert.equal(syntax?.where, 'line 2, column 9');
  assert.match(syntax!.message, /^YAML syntax error: /);
  assert.equal(yamlListProblems('id: a\n', 'x.yaml')[0]?.message, 'The file is not a list of entries.');
  assert.equal(yamlSyntaxProblems('# only a comment\n', 'x.yaml')[0]?.message, 'The file is empty.');
  assert.deepEqual(yamlListProblems('- id: a\n- id: b\n', 'x.yaml'), []);
});

test('a duplicate id names the line of each entry', () => {
  const problems = duplicateIdProblems('- id: a\n  name: A\n- id: b\n- id: a\n  name: again\n', 'x.yaml');
  assert.deepEqual(
    problems.map((problem) => [problem.where, problem.message]),
    [
      [
        'line 4, id',
        'The id "a" is already used by the entry at line 1; the second entry would silently replace the first.',
      ],
    ],
  );
});

test('guide file names: capitals, spaces, .markdown, and names that differ only in case or extension', () => {
  const problems = guideFileNameProblems(
    ['a-b.mdx', 'A-B.mdx', 'c d.mdx', 'E.md', 'f.markdown', 'g.md', 'g.mdx', 'ok.md', 'ok2.mdx'],
    'g',
  );
  assert.deepEqual(
    problems.map((problem) => [problem.file, problem.fix]),
    [
      ['g/A-B.mdx', 'Rename it to a-b.mdx: lower-case words joined by hyphens.'],
      ['g/E.md', 'Rename it to e.md: lower-case words joined by hyphens.'],
      ['g/a-b.mdx', 'Merge the two guides, or give one of them a different name.'],
      ['g/c d.mdx', 'Rename it to c-d.mdx: lower-case words joined by hyphens.'],
      ['g/f.markdown', 'Rename it to f.md.'],
      ['g/g.mdx', 'Merge the two guides, or give one of them a different name.'],
    ],
  );
  assert.match(problems[2]!.message, /clash on case-insensitive disks/);
  assert.doesNotMatch(problems[5]!.message, /case-insensitive/);
});

test('frontmatter: a syntax error with its line in the file; a day not in the calendar, as written', () => {
  const broken = guideSourceProblems('---\ntitle: Reset\ntopic: [basics\n---\nBody.\n', 'g.md', today);
  assert.deepEqual(
    broken.map((problem) => [problem.where, problem.message.startsWith('YAML syntax error')]),
    [['line 3, column 15', true]],
  );
  // Unquoted, as authors write it: read as text, not rolled over to March 2.
  const impossible = guideSourceProblems('---\nlastVerified: 2026-02-30\n---\nBody.\n', 'g.md', today);
  assert.deepEqual(
    impossible.map((problem) => problem.where),
    ['lastVerified'],
  );
  assert.match(impossible[0]!.message, /2026-02-30/);
});

test('headings in code blocks are not headings; repeats and page ids are', () => {
  const source = '---\nlastVerified: 2026-11-01\n---\n## Steps\n\n```sh\n# a comment\n```\n\n## Steps\n\n## Main\n';
  assert.deepEqual(
    guideSourceProblems(source, 'g.mdx', today).map((problem) => problem.where),
    ['line 10, heading "Steps"', 'line 12, heading "Main"'],
  );
});

test('unsafe markup outside code, with its line; the same text in code is fine', () => {
  const text =
    'Fine `<script>` here.\n\n```html\n<iframe src="x"></iframe>\n```\n<a href="x" onclick="y">z</a>\n<Callout only="a">\n[x](javascript:void(0))';
  assert.deepEqual(
    findUnsafeMarkup(text).map((found) => [found.line, found.what]),
    [
      [6, 'an onclick event-handler attribute'],
      [8, 'a javascript: URL'],
    ],
  );
});
