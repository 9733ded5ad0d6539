import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/lib/markdown/render.ts';

test('renderMarkdown prefixes the base path on root-relative links only', () => {
  const html = renderMarkdown(
    'See [the guide](/guides/x/#why) or [Salesforce](https://help.salesforce.com/).',
    '/help/',
  );
  assert.match(html, /href="\/help\/guides\/x\/#why"/);
  assert.match(html, /href="https:\/\/help.salesforce.com\/"/);
});

test('renderMarkdown inline drops the single wrapping paragraph', () => {
  assert.equal(renderMarkdown('Use `login()`.', '/', { inline: true }), 'Use <code>login()</code>.');
  assert.match(renderMarkdown('One.\n\nTwo.', '/', { inline: true }), /<p>One.<\/p>\s*<p>Two.<\/p>/);
});
