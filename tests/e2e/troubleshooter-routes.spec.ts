/**
 * The routes the token troubleshooter must get right, clicked through on the
 * built site. This file runs twice: with JavaScript on, and off (no-js project).
 */
import { expect, test } from '@playwright/test';
import { answerLink, answerPath, outcomeKind } from './troubleshooter';

const GET = 'Getting a security token for an app or tool';
const PASSWORD_APP = 'An app, tool or code that asks for my Salesforce password';
const ENTERPRISE = 'Enterprise, Performance, Unlimited or Developer';
const OUTSIDE_TO_MISSING = [GET, PASSWORD_APP, ENTERPRISE, 'Outside them', "No, it isn't there"];
const THREE_CAUSES = ['Login IP Ranges', 'API Only User', 'Multi-Factor Authentication for API Logins'];

test('browser-only sign-in needs no token', async ({ page }) => {
  await answerPath(page, 'token', [GET, 'Only in a web browser']);
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/browser-only\/$/);
  await expect(outcomeKind(page)).toHaveText('No token needed');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('browser');
});

test('an app inside the trusted IP range needs no token', async ({ page }) => {
  await answerPath(page, 'token', [GET, PASSWORD_APP, ENTERPRISE, 'Inside the trusted ranges']);
  await expect(outcomeKind(page)).toHaveText('No token needed');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('trusted IP ranges');
});

test('profile login IP ranges: the option is hidden, logins from outside are blocked, connect from an allowed network or ask the admin', async ({
  page,
}) => {
  await answerPath(page, 'token', [...OUTSIDE_TO_MISSING, 'Yes, my profile has Login IP Ranges']);
  await expect(outcomeKind(page)).toHaveText('Blocked here');
  const main = page.getByRole('main');
  await expect(main).toContainText(/network/i);
  await expect(page.getByRole('heading', { name: 'Message for your Salesforce admin' })).toBeVisible();
  await expect(page.locator('#admin-message-text')).toContainText('Login IP Ranges');
});

test('API Only User: cannot reset from settings, what to ask the admin, and the OAuth route', async ({ page }) => {
  await answerPath(page, 'token', [...OUTSIDE_TO_MISSING, 'No', 'Yes, I have API Only User']);
  await expect(outcomeKind(page)).toHaveText('Ask your admin');
  await expect(page.locator('#admin-message-text')).toContainText('API Only User');
  await expect(page.getByRole('main')).toContainText('OAuth');
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /API-only and integration users/ })
      .first(),
  ).toBeVisible();
});

test('MFA for API logins: use the authenticator code where the token goes in the chosen client', async ({ page }) => {
  await answerPath(page, 'token', [...OUTSIDE_TO_MISSING, 'No', 'No', 'Yes, I have MFA for API logins', 'Data Loader']);
  await expect(outcomeKind(page)).toHaveText('Use your authenticator code');
  const placement = page.locator('.token-placement');
  await expect(placement).toContainText('Data Loader: appended to the password.');
  await expect(placement).toContainText('authenticator app');
});

test('option visible, Lightning, simple_salesforce: Lightning reset steps, a separate field, and the old token stops working', async ({
  page,
}) => {
  await answerPath(page, 'token', [
    GET,
    PASSWORD_APP,
    ENTERPRISE,
    'Outside them',
    'Yes, I can see it',
    'Lightning Experience',
    'Python: simple_salesforce',
  ]);
  await expect(outcomeKind(page)).toHaveText('The fix');
  const main = page.getByRole('main');
  await expect(main).toContainText('Select your profile picture');
  await expect(main).not.toContainText('My Settings');
  await expect(page.locator('.token-placement')).toContainText('simple_salesforce (Python): in a separate field.');
  await expect(main).toContainText('old token stops working');
});

test('option visible, Classic, SOAP login(): Classic reset steps and the token appended to the password', async ({
  page,
}) => {
  await answerPath(page, 'token', [
    GET,
    PASSWORD_APP,
    ENTERPRISE,
    'Outside them',
    'Yes, I can see it',
    'Salesforce Classic',
    'My own code that calls the SOAP API login()',
  ]);
  const main = page.getByRole('main');
  await expect(main).toContainText('My Settings');
  await expect(main).not.toContainText('Select your profile picture');
  await expect(page.locator('.token-placement')).toContainText('SOAP API login(): appended to the password.');
});

test('the reset email never came: personal settings address, verification, spam, sandbox .invalid', async ({
  page,
}) => {
  await answerPath(page, 'token', ['I reset my token but the email never came']);
  await expect(page.locator('details.help')).toBeAttached();
  const routes: [string, RegExp][] = [
    ['An address that ends in ".invalid"', /sandbox/i],
    ['An old or wrong address', /verif/i],
    ['My current address', /spam|junk/i],
  ];
  for (const [label, expected] of routes) {
    await answerLink(page, label).click();
    await expect(outcomeKind(page)).toBeVisible();
    await expect(page.getByRole('main')).toContainText(expected);
    await page.goBack();
  }
});

test('Connect Offline outside Classic or a supported edition, and Connect for Office on Database.com, are not available', async ({
  page,
}) => {
  await answerPath(page, 'token', [GET, 'Connect Offline', 'Lightning Experience']);
  await expect(outcomeKind(page)).toHaveText('Not available');
  await answerPath(page, 'token', [GET, 'Connect Offline', 'Salesforce Classic', 'Another edition']);
  await expect(outcomeKind(page)).toHaveText('Not available');
  await answerPath(page, 'token', [
    GET,
    'Connect Offline',
    'Salesforce Classic',
    'Professional, Enterprise, Performance, Unlimited or Developer',
  ]);
  await expect(outcomeKind(page)).toHaveText('The fix');
  await answerPath(page, 'token', [GET, 'Connect for Office', "Yes, it's Database.com"]);
  await expect(outcomeKind(page)).toHaveText('Not available');
});

for (const [name, labels] of [
  ['the trusted IP range', [GET, PASSWORD_APP, ENTERPRISE, 'Not sure']],
  ['login IP ranges', [...OUTSIDE_TO_MISSING, 'Not sure']],
  ['API Only User', [...OUTSIDE_TO_MISSING, 'No', 'Not sure']],
  ['MFA for API logins', [...OUTSIDE_TO_MISSING, 'No', 'No', 'Not sure']],
] as const) {
  test(`"Not sure" about ${name}: how to check, and a message for the admin listing the three causes`, async ({
    page,
  }) => {
    await answerPath(page, 'token', labels.slice(0, -1));
    await expect(page.locator('details.help summary')).toHaveText('How to check');
    await answerLink(page, 'Not sure').click();
    await expect(outcomeKind(page)).toHaveText('Ask your admin');
    const message = page.locator('#admin-message-text');
    for (const cause of THREE_CAUSES) await expect(message).toContainText(cause);
    await expect(message).not.toContainText(/password:|token:/i);
  });
}

test('"Your answers" lists each answer with a Change link; Back and Start again work', async ({ page }) => {
  await answerPath(page, 'token', [GET, PASSWORD_APP, ENTERPRISE]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Does the app connect from inside your company's trusted IP ranges?",
  );
  await expect(page).toHaveTitle(/^Question 4: /);
  const summary = page.getByRole('region', { name: 'Your answers' });
  await expect(summary.locator('dt')).toHaveCount(3);
  await expect(summary.locator('dt').nth(1)).toContainText(PASSWORD_APP);
  await summary.getByRole('link', { name: /Change your answer to: How do you connect/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you connect to Salesforce?');
  await expect(page.getByRole('region', { name: 'Your answers' }).locator('dt')).toHaveCount(1);
  await answerLink(page, PASSWORD_APP).click();
  await page.getByRole('link', { name: /^Back/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you connect to Salesforce?');
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you need help with?');
  await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
});

test('the admin troubleshooter reaches a fix for each cause', async ({ page }) => {
  await answerPath(page, 'user-cant-reset', [
    '"Reset My Security Token" isn\'t in their personal settings',
    'Yes, Login IP Ranges are set',
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Login IP Ranges');
  await answerPath(page, 'user-cant-reset', [
    '"Reset My Security Token" isn\'t in their personal settings',
    'No, there are none',
    'No',
    'Yes, they have it',
  ]);
  await expect(outcomeKind(page)).toHaveText('Use your authenticator code');
});

test('a guide embeds the first question, its answers leading into the tree', async ({ page }) => {
  await page.goto('guides/reset-option-missing/');
  const embed = page.locator('.embed');
  await expect(embed.getByRole('heading')).toHaveText('What do you need help with?');
  await embed.locator('a.answer').first().click();
  await expect(page).toHaveURL(/\/troubleshoot\/token\/get-a-token\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you connect to Salesforce?');
});
