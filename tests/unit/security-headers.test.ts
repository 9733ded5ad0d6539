import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, metaPolicy } from '../../src/lib/security-headers.ts';

const page =
  "<meta http-equiv=\"content-security-policy\" content=\"default-src &#39;self&#39;;object-src 'none'; script-src 'self' 'sha256-abc=';\">";

test('the header repeats the page policy, directive for directive, and refuses framing', () => {
  const policy = metaPolicy(page)!;
  assert.equal(
    headersFile('/help/', policy),
    [
      '/help/*',
      "  Content-Security-Policy: default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '',
    ].join('\n'),
  );
});

test('a page without a policy has none to repeat', () => {
  assert.equal(metaPolicy('<meta charset="utf-8">'), undefined);
});
