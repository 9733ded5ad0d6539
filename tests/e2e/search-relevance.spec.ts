import { expect, test } from '@playwright/test';
import { topResults } from './search-results';

/** Queries readers type, from the content brief's list, each with the page (or pages) that answer it. */
const QUERIES: [query: string, expected: string | string[]][] = [
  ['reset security token option missing', '/guides/reset-option-missing/'],
  ['security token email not received', '/guides/token-email-not-received/'],
  ['authenticator code instead of token', '/guides/authenticator-code-instead-of-token/'],
  ['api only user security token', '/guides/api-only-and-integration-users/'],
  ['data loader password security token', '/guides/data-loader-security-token/'],
  ['trusted ip range no token', '/guides/trusted-ip-ranges-vs-login-ip-ranges/'],
  ['simple_salesforce security_token', '/guides/use-the-token-in-your-client/'],
  ['INVALID_LOGIN', '/guides/login-error-messages/'],
  ['sandbox security token', '/guides/sandbox-security-token/'],
  ['soap login retirement', ['/guides/end-of-password-logins/', '/guides/move-off-password-and-token/']],
  ['where is my security token lightning', '/guides/reset-your-security-token/'],
  ['old token not working after reset', '/guides/old-token-stopped-working/'],
  ['username password oauth flow blocked', ['/guides/move-off-password-and-token/', '/guides/end-of-password-logins/']],
  ['Failed: API security token required', '/guides/login-error-messages/'],
  [
    'do I need a security token if my IP is trusted',
    ['/guides/what-is-a-security-token/', '/guides/trusted-ip-ranges-vs-login-ip-ranges/'],
  ],
  ['salesforce authenticator code api login', '/guides/authenticator-code-instead-of-token/'],
  ['profile login ip ranges', '/guides/trusted-ip-ranges-vs-login-ip-ranges/'],
  ['integration user', '/guides/api-only-and-integration-users/'],
  ['data loader oauth', '/guides/data-loader-security-token/'],
  ['LOGIN_MUST_USE_SECURITY_TOKEN data loader', '/guides/login-error-messages/'],
  ['username password flow february 2027', '/guides/end-of-password-logins/'],
  [
    'INVALID_OPERATION_WITH_EXPIRED_PASSWORD',
    ['/guides/password-expired-integration-stopped/', '/guides/login-error-messages/'],
  ],
  ['approve uninstalled connected apps', '/guides/oauth-sign-in-refused/'],
  ['single sign-on okta api login', '/guides/single-sign-on-and-api-logins/'],
  ['SOAP API login() is disabled by default', ['/guides/login-error-messages/', '/guides/end-of-password-logins/']],
];

for (const [query, expected] of QUERIES) {
  const answers = [expected].flat();
  test(`"${query}" finds ${answers.join(' or ')} in the top 3`, async ({ page }) => {
    const top = (await topResults(page, query)).slice(0, 3);
    expect(
      top.some((path) => answers.includes(path)),
      `top results for "${query}": ${top.join(', ')}`,
    ).toBe(true);
  });
}
