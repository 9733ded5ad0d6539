import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, metaPolicy } from '../../src/lib/security-headers.ts';

const page =
  "<meta http-equiv=\"content-security-policy\" content=\"default-src &#39;self&#39;;object-src 'none'; script-src 'self' 'sha256-abc=';\">";

test('the header repeats what every page shares, leaves scripts and styles to each page, and refuses framing', () => {
  const policies = [
    metaPolicy(page)!,
    "default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self' 'sha256-other='",
  ];
  assert.equal(
    headersFile('/help/', policies),
    [
      '/help/*',
      "  Content-Security-Policy: object-src 'none'; frame-ancestors 'none'",
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '',
    ].join('\n'),
  );
});

test('a page without a policy has none to repeat', () => {
  assert.equal(metaPolicy('<meta charset="utf-8">'), undefined);
});
