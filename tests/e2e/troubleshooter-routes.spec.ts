/**
 * The routes the troubleshooters must get right, clicked through on the built site with
 * JavaScript off (the no-js project): every step is a plain link, so what works here works for
 * everyone. What JavaScript adds on these pages (focus, keyboard, copy) is in
 * troubleshooter-behaviour.spec.ts, and site-gates.spec.ts loads every step with JavaScript on.
 * The tests only follow links, so they share one page per worker (see shared-page.ts).
 */
import { expect, type Page } from '@playwright/test';
import { readOnlyTest as test } from './shared-page';
import { answerLink, answerPath, outcomeKind } from './troubleshooter';

const GET = 'Getting a security token for an app or tool';
const ERROR = 'An app shows a login error';
const MISSING = 'I can\'t find "Reset My Security Token"';
const summary = (page: Page) => page.getByRole('region', { name: 'Based on your answers' });

test('browser-only sign-in needs no token', async ({ page }) => {
  await answerPath(page, 'token', [GET, 'Nothing, I only use Salesforce in a web browser']);
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/browser-only\/$/);
  await expect(outcomeKind(page)).toHaveText('No token needed');
});

test('the app, then "I can see the reset option": reset steps and where the token goes in that app, in 3 questions', async ({
  page,
}) => {
  await answerPath(page, 'token', [GET, 'Python: simple_salesforce', 'Yes, I can see it']);
  await expect(outcomeKind(page)).toHaveText('The fix');
  await expect(page.locator('.token-placement')).toContainText(
    'simple_salesforce (Python): a separate field, or appended to the password.',
  );
  await expect(page.getByRole('main')).toContainText('Password logins through SOAP login() are being retired');
  await expect(summary(page).locator('dt')).toHaveCount(3);
});

test('"Not sure" whether the reset option is there carries on to the reset, saying what was assumed and how to check', async ({
  page,
}) => {
  await answerPath(page, 'token', [GET, 'Data Loader', "Not sure, or I can't look right now"]);
  await expect(outcomeKind(page)).toHaveText('The fix');
  const assumed = summary(page).locator('.assumed');
  await expect(assumed).toContainText('we assumed that "Reset My Security Token" is in your personal settings');
  await expect(assumed.locator('details.help summary')).toHaveText('How to check');
  await expect(page.getByRole('main')).toContainText('Password Authentication');
});

for (const [sign, kind, heading] of [
  ['I can sign in to Salesforce only from certain places', 'Blocked here', /certain networks/],
  [
    '"Insufficient Privileges" or "Access Restricted for API Only Users" when I sign in in a browser',
    'Ask your admin',
    /API-only/,
  ],
  ['An app turned down my token or asked for a verification code', 'Use your authenticator code', /authenticator/],
  ["I sign in through my company's own sign-in page (single sign-on)", 'Ask your admin', /single sign-on/],
  ["None of these, or I'm not sure", 'Ask your admin', /admin/],
] as const) {
  test(`reset option missing, sign "${sign.slice(0, 40)}…": ${kind}`, async ({ page }) => {
    await answerPath(page, 'token', [MISSING, sign]);
    await expect(outcomeKind(page)).toHaveText(kind);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  });
}

test('the authenticator-code result speaks of the code, with the chosen app, and no sandbox line', async ({ page }) => {
  await answerPath(page, 'token', [
    GET,
    'Data Loader',
    "No, it isn't there",
    'An app turned down my token or asked for a verification code',
  ]);
  const placement = page.locator('.token-placement');
  await expect(placement).toContainText('Data Loader: appended to the password.');
  await expect(placement).toContainText('MyPassword123456');
  await expect(placement).not.toContainText(/token added|Sandbox/);
});

for (const [error, kind, text] of [
  [
    'INVALID_OPERATION: SOAP API login() is disabled by default in this org',
    'Ask your admin',
    'Enable SOAP API login()',
  ],
  [
    'INVALID_OPERATION: The SOAP Login operation is not available in the API version specified',
    'The fix',
    '64.0 or lower',
  ],
  ['invalid_grant from the OAuth token endpoint', 'The fix', 'February 20, 2027'],
  ['INVALID_OPERATION_WITH_EXPIRED_PASSWORD', 'The fix', 'new password'],
  ["A Salesforce sign-in page won't let me allow the app", 'Ask your admin', 'Approve Uninstalled Connected Apps'],
  ['API_DISABLED_FOR_ORG', 'Not available', 'Starter (formerly Essentials)'],
] as const) {
  test(`login error ${error.slice(0, 45)}: ${kind}`, async ({ page }) => {
    await answerPath(page, 'token', [ERROR, error]);
    await expect(outcomeKind(page)).toHaveText(kind);
    await expect(page.getByRole('main')).toContainText(text);
  });
}

test('LOGIN_MUST_USE_SECURITY_TOKEN leads to the reset-option question, marked as question 3 of at most 4', async ({
  page,
}) => {
  await answerPath(page, 'token', [ERROR, 'LOGIN_MUST_USE_SECURITY_TOKEN']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Can you see "Reset My Security Token" in your personal settings?',
  );
  await expect(page.getByText('question 3 of at most 4')).toBeVisible();
});

test('older desktop clients: one answer, retired, no token reset', async ({ page }) => {
  await answerPath(page, 'token', [GET, 'An older Salesforce desktop client']);
  await expect(outcomeKind(page)).toHaveText('Not available');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Connect Offline and Connect for Office are retired',
  );
  await expect(page.getByRole('main')).toContainText('Third-party sites report');
});

test('the reset email never came: personal settings address, verification, spam, sandbox .invalid', async ({
  page,
}) => {
  await answerPath(page, 'token', ['I reset my token but the email never came']);
  const routes: [string, RegExp][] = [
    ['An address that ends in ".invalid"', /sandbox/i],
    ['An old or wrong address', /verif/i],
    ['My current address', /spam|junk/i],
    ['Not sure', /spam|junk/i],
  ];
  for (const [label, expected] of routes) {
    await answerLink(page, label).click();
    await expect(outcomeKind(page)).toBeVisible();
    await expect(page.getByRole('main')).toContainText(expected);
    await page.goBack();
  }
});

test('Change opens the question with the earlier answer marked; Back and Start again work', async ({ page }) => {
  await answerPath(page, 'token', [GET, 'Workbench', 'Yes, I can see it']);
  await summary(page)
    .getByRole('link', { name: /Change your answer to: What do you want to connect/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to connect to Salesforce?');
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/#answer-workbench$/);
  const marked = answerLink(page, 'Workbench');
  await expect(marked.getByText('Your previous answer')).toBeVisible();
  await expect(answerLink(page, 'Data Loader').getByText('Your previous answer')).toBeHidden();
  await page.getByRole('link', { name: /^Back/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you need help with?');
  await answerLink(page, ERROR).click();
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you need help with?');
  await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
});

test('an admin outcome ends with a reply to the user', async ({ page }) => {
  await answerPath(page, 'user-cant-reset', [
    'Their integration or app fails to sign in',
    'INVALID_OPERATION: SOAP API login() is disabled by default in this org',
  ]);
  await expect(page.getByRole('heading', { name: 'Reply to your user' })).toBeVisible();
  await expect(page.locator('#user-reply-text')).toContainText('Hi [name]');
  await expect(page.getByRole('main')).toContainText('Enable SOAP API login()');
});

for (const [error, heading] of [
  ['LOGIN_MUST_USE_SECURITY_TOKEN, or "Failed: API security token required"', /outside your trusted IP ranges/],
  ['INVALID_OPERATION: The SOAP Login operation is not available in the API version specified', /65\.0/],
  ['INSUFFICIENT_ACCESS from the SOAP API login()', /Use Any API Auth/],
  ['INVALID_OPERATION_WITH_EXPIRED_PASSWORD', /expired/],
  ['invalid_grant from the OAuth token endpoint', /username-password flow/],
  ["The user can't allow the app after signing in on a Salesforce page", /connected app/],
] as const) {
  test(`admin, integration fails with ${error.slice(0, 40)}`, async ({ page }) => {
    await answerPath(page, 'user-cant-reset', ['Their integration or app fails to sign in', error]);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await expect(page.locator('#user-reply-text')).toBeVisible();
  });
}

test('admin, an API-only user needs a token: by license or permission, and the last resort is not called a fix', async ({
  page,
}) => {
  await answerPath(page, 'user-cant-reset', [
    'An API-only or integration user needs a token',
    'Yes, through the Salesforce Integration user license',
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Integration user license');
  await answerPath(page, 'user-cant-reset', [
    '"Reset My Security Token" isn\'t in their personal settings',
    'No, there are none',
    'No',
    'No',
    "Yes, and the option still isn't there",
  ]);
  await expect(outcomeKind(page)).toHaveText('More to try');
});

test('a result page is the untailored outcome: every variant labelled, no answers, a way to tailor it', async ({
  page,
}) => {
  await page.goto('troubleshoot/token/result/reset-token/');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /your answers/i })).toHaveCount(0);
  await expect(page.getByText('If you use Data Loader:')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('In Lightning Experience');
  await expect(page.getByRole('main')).toContainText('In Salesforce Classic');
  await page.getByRole('link', { name: /Answer 3 questions to tailor this/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you need help with?');
});

test('a guide embeds the first question, its answers leading into the tree', async ({ page }) => {
  await page.goto('guides/reset-option-missing/');
  const embed = page.locator('.embed');
  await expect(embed.getByRole('heading')).toHaveText('What do you need help with?');
  await embed.locator('a.answer').first().click();
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to connect to Salesforce?');
});
