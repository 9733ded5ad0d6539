import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml, mdxToJs } from 'satteri';
import { directiveProblems, directivesPlugin } from '../../src/lib/markdown/directives.ts';
import { anchoredHeadingsPlugin } from '../../src/lib/markdown/anchored-headings.ts';

const options = {
  features: { directive: true },
  mdastPlugins: [directivesPlugin, anchoredHeadingsPlugin],
  fileURL: new URL('file:///site/content/guides/a.md'),
};
const html = (markdown: string) => markdownToHtml(markdown, options).html;

test('a callout directive renders the callout markup, with its label or the default title', () => {
  assert.equal(
    html(':::warning[Resetting breaks *apps*]\nBody.\n:::\n').trim(),
    '<div class="callout callout--warning" role="note"><p class="callout__title">Resetting breaks <em>apps</em></p>' +
      '<div class="callout__body"><p>Body.</p></div></div>',
  );
  assert.match(html(':::important\nBody.\n:::\n'), /<p class="callout__title">Important<\/p>/);
});

test('a steps directive wraps its numbered list', () => {
  assert.match(
    html(':::steps\n1. One\n2. Two\n:::\n'),
    /^<div class="steps"><ol>\s*<li>One<\/li>\s*<li>Two<\/li>\s*<\/ol><\/div>/,
  );
});

test('colons in prose stay as written, though the parser reads them as directives', () => {
  assert.equal(
    html('At 10:30, Error:INVALID_LOGIN, ratio 1:2.\n\n::leaf\n'),
    '<p>At 10:30, Error:INVALID_LOGIN, ratio 1:2.</p>\n<p>::leaf</p>\n',
  );
});

test('an unknown container directive stops the render, naming the file, line and choices', () => {
  assert.throws(
    () => html('Text.\n\n:::tip\nx\n:::\n'),
    /\/site\/content\/guides\/a\.md, line 3: ":::tip" is not a directive.*:::note, :::important, :::warning, :::steps/,
  );
});

test('headings get the ids Astro gives them, and ## and ### a link to themselves', () => {
  const out = html('## Use `login()` now\n\n### Next\n\n## Use login() now\n\n#### Deep\n');
  assert.match(
    out,
    /<div class="anchored-heading anchored-heading--h2"><h2 id="use-login-now">Use <code>login\(\)<\/code> now<\/h2><a href="#use-login-now" class="heading-anchor" aria-labelledby="heading-anchor-label use-login-now" data-pagefind-ignore="">#<\/a><\/div>/,
  );
  assert.match(out, /<div class="anchored-heading anchored-heading--h3"><h3 id="next">/);
  assert.match(out, /<h2 id="use-login-now-1">/);
  assert.match(out, /<h4 id="deep">Deep<\/h4>\n?$/);
});

test('MDX bodies get the same callouts and headings', () => {
  const { code } = mdxToJs('## Hi\n\n:::note[Title]\nText at 10:30.\n:::\n', options);
  assert.match(code, /className: "anchored-heading anchored-heading--h2"/);
  assert.match(code, /className: "callout callout--note"/);
  // The text comes back in pieces, all of it.
  assert.match(code, /"Text at 10",\s*":30",\s*"\."/);
});

test('directiveProblems names unknown, unclosed and stray directive lines with their lines, and skips fenced code', () => {
  const body = [
    'Text.',
    ':::tip',
    'x',
    ':::',
    '```',
    ':::bogus',
    '```',
    ':::note[Ok]',
    'y',
    ':::',
    ':::',
    ':::steps',
    '1. z',
  ].join('\n');
  assert.deepEqual(
    directiveProblems(body, 'a.md', 10).map((problem) => [problem.where, problem.fix]),
    [
      ['line 11, :::tip', 'Use one of :::note, :::important, :::warning, :::steps, written right after the colons.'],
      ['line 20, :::', 'Remove it, or open a directive before it (:::note, :::steps, …) with as many colons or fewer.'],
      ['line 21, :::steps', 'Add a line with only ::: where it ends.'],
    ],
  );
});
