/**
 * The relevance suite: queries as readers type them, each with the page (or
 * the pages) that answer it. Every query must find one of its pages in the top
 * 3 on the site's search page (search-relevance.spec.ts); `npm run bench`
 * reports hit@1, hit@3 and the zero-result rate over the same list.
 */
export type QueryKind = 'question' | 'error message' | 'misspelling' | 'single term';

export interface RelevanceQuery {
  kind: QueryKind;
  query: string;
  /** Root-relative paths of the guides that answer it; any of them in the top 3 is a hit. */
  expected: string[];
}

const guide = (id: string) => `/guides/${id}/`;
const RESET = guide('reset-your-security-token');
const MISSING = guide('reset-option-missing');
const EMAIL = guide('token-email-not-received');
const API_ONLY = guide('api-only-and-integration-users');
const AUTHENTICATOR = guide('authenticator-code-instead-of-token');
const DATA_LOADER = guide('data-loader-security-token');
const ERRORS = guide('login-error-messages');
const API_ERRORS = guide('api-login-errors');
const MOVE_OFF = guide('move-off-password-and-token');
const OLD_TOKEN = guide('old-token-stopped-working');
const SANDBOX = guide('sandbox-security-token');
const IP_RANGES = guide('trusted-ip-ranges-vs-login-ip-ranges');
const CLIENT = guide('use-the-token-in-your-client');
const WHAT_IS = guide('what-is-a-security-token');
const EXAMPLES = guide('security-token-code-examples');
const END = guide('end-of-password-logins');
const EXPIRED = guide('password-expired-integration-stopped');
const SSO = guide('single-sign-on-and-api-logins');
const REFUSED = guide('oauth-sign-in-refused');

const table: [QueryKind, string, string | string[]][] = [
  ['question', 'how do I reset my security token', RESET],
  ['question', 'where is my security token', [WHAT_IS, RESET]],
  ['question', "can't find reset my security token", MISSING],
  ['question', 'why is reset my security token missing', MISSING],
  ['question', 'api only user cannot reset token', API_ONLY],
  ['question', 'integration user has no reset token option', API_ONLY],
  ['question', 'will mfa requirement break api integration using security token', AUTHENTICATOR],
  ['question', "why didn't I get the security token email", EMAIL],
  ['question', 'security token email not received', EMAIL],
  ['question', 'where do I put the security token in data loader', DATA_LOADER],
  ['question', 'do I need a security token if my IP is trusted', [WHAT_IS, IP_RANGES]],
  ['question', 'how do I get a security token for a sandbox', SANDBOX],
  ['question', 'my old token stopped working after I changed my password', OLD_TOKEN],
  ['question', 'what is a security token', WHAT_IS],
  ['question', 'where do I put the token', CLIENT],
  ['question', 'how do I log in with my authenticator code instead of the token', AUTHENTICATOR],
  ['question', 'what replaces the username password flow', [MOVE_OFF, END]],
  ['question', 'is the password and token login going away', [MOVE_OFF, WHAT_IS]],
  ['question', 'how do I add a trusted ip range', IP_RANGES],
  ['question', 'how do I append the token to my password', CLIENT],
  ['question', 'simple_salesforce where does security_token go', [CLIENT, EXAMPLES]],

  ['error message', 'LOGIN_MUST_USE_SECURITY_TOKEN', ERRORS],
  ['error message', 'INVALID_LOGIN', ERRORS],
  ['error message', 'invalid_grant', ERRORS],
  ['error message', 'API_DISABLED_FOR_ORG', API_ERRORS],
  ['error message', 'INSUFFICIENT_ACCESS', API_ERRORS],
  ['error message', 'login_must_use_security_token', ERRORS],
  ['error message', '"invalid_grant"', ERRORS],
  ['error message', 'Error: INVALID_LOGIN.', ERRORS],
  [
    'error message',
    'LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out.',
    ERRORS,
  ],
  ['error message', 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.', ERRORS],
  ['error message', 'invalid_grant: authentication failure', ERRORS],
  ['error message', 'Failed: API security token required', ERRORS],
  ['error message', 'Insufficient Privileges', [ERRORS, API_ONLY]],
  [
    'error message',
    'INVALID_OPERATION: SOAP API login() is disabled by default in this org',
    [API_ERRORS, END, MOVE_OFF],
  ],
  [
    'error message',
    'INVALID_OPERATION: SOAP API login() is disabled by default in this org. Contact the org administrator to enable SOAP API login().',
    [API_ERRORS, END, MOVE_OFF],
  ],
  [
    'error message',
    'The SOAP Login operation is not available in the API version specified (65.0)',
    [API_ERRORS, END, MOVE_OFF],
  ],
  // Data Loader's own message (v64.0.2+), quoted in the errors guide.
  ['error message', 'Login failed: Please check your username, password, and security token.', [DATA_LOADER, ERRORS]],
  ['error message', 'LOGIN_MUST_USE_SECURITY_TOKEN data loader', ERRORS],

  ['misspelling', 'reset secuirty token', RESET],
  ['misspelling', 'tokn email not recieved', EMAIL],
  ['misspelling', 'sandbox secrity token', SANDBOX],
  ['misspelling', 'data loder', DATA_LOADER],
  ['misspelling', 'authenticater code', AUTHENTICATOR],
  ['misspelling', 'trusted ip rnages', IP_RANGES],
  ['misspelling', 'invalid_grnat', ERRORS],
  ['misspelling', 'INVALID_LOGN', ERRORS],
  ['misspelling', 'intergration user', API_ONLY],
  ['misspelling', 'simple_salesfroce', [CLIENT, EXAMPLES]],
  ['misspelling', 'reset optoin missing', MISSING],
  ['misspelling', 'what is a securty token', WHAT_IS],
  ['misspelling', 'old tokn stopped working', OLD_TOKEN],
  ['misspelling', 'usernme password flow', MOVE_OFF],
  ['misspelling', 'jsfroce', [CLIENT, EXAMPLES]],
  ['misspelling', 'salesforce authenticatr app', AUTHENTICATOR],

  ['single term', 'sandbox', SANDBOX],
  ['single term', 'authenticator', AUTHENTICATOR],
  ['single term', 'jsforce', [CLIENT, EXAMPLES]],
  ['single term', 'pkce', MOVE_OFF],
  ['single term', 'spam', EMAIL],
  ['single term', 'deliverability', EMAIL],
  ['single term', 'lockout', OLD_TOKEN],
  ['single term', 'whitelist', IP_RANGES],
  ['single term', 'allowlist', IP_RANGES],
  ['single term', '2fa', AUTHENTICATOR],
  ['single term', 'mfa', AUTHENTICATOR],
  ['single term', 'jwt', [MOVE_OFF, API_ONLY]],
  ['single term', 'classic', RESET],
  ['single term', 'integration', API_ONLY],
  ['single term', 'relaxation', IP_RANGES],
  ['single term', 'refresh', SANDBOX],
  ['single term', 'reset', RESET],
  ['question', 'when does the username password flow stop working', [END, MOVE_OFF]],
  ['question', 'password expired integration stopped working', EXPIRED],
  ['question', 'single sign-on okta user api login', SSO],
  ['question', 'approve uninstalled connected apps', REFUSED],
  ['single term', 'retirement', [END, MOVE_OFF]],
  ['error message', 'INVALID_OPERATION_WITH_EXPIRED_PASSWORD', [EXPIRED, API_ERRORS]],
];

export const RELEVANCE_QUERIES: RelevanceQuery[] = table.map(([kind, query, expected]) => ({
  kind,
  query,
  expected: [expected].flat(),
}));
