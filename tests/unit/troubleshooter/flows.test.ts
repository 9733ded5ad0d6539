/**
 * Flow tests on the real trees, in the style of GOV.UK Smart Answers' flow
 * tests: for each question, each answer leads where we expect. A question or
 * answer added to a tree without an expectation here fails, so every change of
 * behaviour is a reviewed change of this file (and of the paths listing).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadTreeFromDir } from '../../../src/lib/troubleshooter/load-files.ts';
import {
  countQuestions,
  MAX_MEDIAN_QUESTIONS,
  MAX_QUESTIONS_ON_A_PATH,
  resolveSegments,
} from '../../../src/lib/troubleshooter/paths.ts';

const TREES = path.join(import.meta.dirname, '../../../content/troubleshooters');

/** question id -> answer id -> the question or outcome it leads to. */
type Flow = Record<string, Record<string, string>>;

const FLOWS: Record<string, Flow> = {
  token: {
    'what-do-you-need': {
      'get-a-token': 'which-app',
      'login-error': 'which-error',
      'reset-option-missing': 'missing-signs',
      'email-never-came': 'email-address',
      'token-stopped-working': 'token-replaced',
    },
    'which-app': {
      'browser-only': 'no-token-browser',
      'salesforce-sign-in-page': 'no-token-sign-in-page',
      'salesforce-cli': 'no-token-cli',
      'data-loader': 'option-visible',
      workbench: 'option-visible',
      'excel-add-in': 'option-visible',
      'odbc-jdbc-driver': 'option-visible',
      'simple-salesforce': 'option-visible',
      jsforce: 'option-visible',
      'java-wsc': 'option-visible',
      'soap-login': 'option-visible',
      'oauth-username-password': 'option-visible',
      'another-app': 'option-visible',
      'older-desktop-client': 'older-desktop-client',
    },
    'option-visible': {
      'option-shown': 'reset-token',
      'option-missing': 'missing-signs',
      'not-sure': 'reset-token',
    },
    'missing-signs': {
      'only-some-networks': 'login-ip-ranges-block',
      'no-browser-sign-in': 'api-only-user',
      'asked-for-code': 'use-authenticator-code',
      'single-sign-on': 'single-sign-on-user',
      'none-of-these': 'ask-your-admin',
    },
    'which-error': {
      'login-must-use-security-token': 'option-visible',
      'invalid-login': 'invalid-login',
      'invalid-grant': 'username-password-flow',
      'soap-login-disabled': 'soap-login-disabled',
      'soap-login-api-version': 'soap-login-api-version',
      'expired-password': 'password-expired',
      'insufficient-access': 'soap-login-restricted',
      'api-disabled-for-org': 'no-api-access',
      'api-only-in-browser': 'api-only-user',
      'oauth-sign-in-refused': 'oauth-sign-in-refused',
      'another-message': 'other-login-error',
    },
    'email-address': {
      'ends-in-invalid': 'email-sandbox-invalid',
      'old-or-wrong': 'email-address-wrong',
      'correct-address': 'email-check-spam',
      'cant-look': 'email-ask-admin',
      'not-sure': 'email-check-spam',
    },
  },
  'user-cant-reset': {
    'what-is-happening': {
      'option-missing': 'login-ip-ranges',
      'email-never-arrived': 'user-email-address',
      'integration-fails': 'integration-error',
      'api-user-token': 'api-only',
    },
    'login-ip-ranges': { 'ranges-set': 'remove-login-ip-ranges', 'no-ranges': 'api-only' },
    'api-only': {
      'integration-user-license': 'integration-user-license',
      'profile-or-permission-set': 'api-only-permission',
      'not-api-only': 'mfa-api-logins',
    },
    'mfa-api-logins': { 'has-mfa-for-api': 'mfa-code-instead', 'no-mfa-for-api': 'where-they-looked' },
    'where-they-looked': { 'still-missing': 'option-still-missing', 'not-yet': 'show-user-where' },
    'user-email-address': {
      'ends-in-invalid': 'sandbox-email-invalid',
      'old-or-unverified': 'email-change-pending',
      'correct-address': 'email-delivery',
    },
    'integration-error': {
      'login-must-use-security-token': 'integration-needs-token',
      'soap-login-disabled': 'enable-soap-login',
      'soap-login-api-version': 'login-api-version',
      'insufficient-access': 'use-any-api-auth',
      'expired-password': 'expired-password',
      'invalid-grant': 'username-password-flow-blocked',
      'oauth-sign-in-refused': 'install-connected-app',
    },
  },
};

/** Walks that must keep working, with what the reader ends up told, as the address segments. */
const WALKS: [string, string[], string, Record<string, string>][] = [
  ['token', ['get-a-token', 'workbench', 'option-shown'], 'reset-token', { client: 'workbench' }],
  [
    'token',
    ['get-a-token', 'data-loader', 'option-missing', 'asked-for-code'],
    'use-authenticator-code',
    { client: 'data-loader' },
  ],
  ['token', ['login-error', 'login-must-use-security-token', 'not-sure'], 'reset-token', {}],
  [
    'user-cant-reset',
    ['option-missing', 'no-ranges', 'not-api-only', 'no-mfa-for-api', 'still-missing'],
    'option-still-missing',
    {},
  ],
];

for (const [treeId, flow] of Object.entries(FLOWS)) {
  describe(`flow: ${treeId}`, () => {
    const loaded = loadTreeFromDir(TREES, treeId);
    const { tree, outcomes } = loaded;

    test('every question of the tree has its expectations here, and no more', () => {
      assert.deepEqual(tree.questions.map((question) => question.id).sort(), Object.keys(flow).sort());
    });

    for (const [questionId, answers] of Object.entries(flow)) {
      test(`${questionId}: each answer leads where expected`, () => {
        const question = tree.questions.find((candidate) => candidate.id === questionId)!;
        assert.deepEqual(Object.fromEntries(question.answers.map((answer) => [answer.id, answer.next])), answers);
      });
    }

    test(`within the budgets: at most ${MAX_QUESTIONS_ON_A_PATH} questions on a path, median at most ${MAX_MEDIAN_QUESTIONS}`, () => {
      const counts = countQuestions(loaded);
      assert.ok(counts.longest <= MAX_QUESTIONS_ON_A_PATH, `longest path: ${counts.longest} questions`);
      assert.ok(counts.median <= MAX_MEDIAN_QUESTIONS, `median: ${counts.median} questions`);
    });

    test('a "Not sure" never ends the walk before an outcome that can still be decided', () => {
      for (const question of tree.questions) {
        const notSure = question.answers.find((answer) => answer.id === 'not-sure');
        if (!notSure) continue;
        const outcome = outcomes.find((candidate) => candidate.id === notSure.next);
        assert.ok(notSure.assumes, `${question.id}: "Not sure" says what it assumed`);
        assert.notEqual(
          outcome?.kind,
          'ask-admin',
          `${question.id}: "Not sure" carries on instead of asking the admin`,
        );
      }
    });
  });
}

describe('walks on the real trees', () => {
  for (const [treeId, segments, outcomeId, facts] of WALKS) {
    test(`${treeId}: ${segments.join(' > ')} ends at ${outcomeId}`, () => {
      const resolution = resolveSegments(loadTreeFromDir(TREES, treeId), segments);
      assert.ok(resolution.ok, `the path ${segments.join('/')} exists`);
      assert.equal(resolution.state.kind, 'outcome');
      assert.equal(resolution.state.kind === 'outcome' && resolution.state.outcome.id, outcomeId);
      assert.deepEqual(resolution.state.facts, facts);
    });
  }
});
