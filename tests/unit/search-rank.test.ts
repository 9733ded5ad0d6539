import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankPage, titleIsQuery } from '../../src/lib/search/rank.ts';

test('a title asks the question when it holds every word of a query of two words or more, with endings', () => {
  assert.equal(titleIsQuery('What is a Salesforce security token?', 'what is a security token'), true);
  assert.equal(titleIsQuery('Reset your security token', 'reset tokens'), true);
  assert.equal(titleIsQuery('Reset your security token', 'what is a security token'), false);
  // One word is a term, not a question: every title naming it would tie.
  assert.equal(titleIsQuery('MFA code instead of a token', 'mfa'), false);
});

const page = (title: string, kind: string, score: number) => ({ title, kind, score });
const rankedTitles = (pages: ReturnType<typeof page>[], query: string) =>
  rankPage(pages, query).map((result) => result.title);

test('a title asking the question counts double: the definition beats guides that only share its words', () => {
  assert.deepEqual(
    rankedTitles(
      [
        page('Old token stopped working', 'Guide', 9),
        page('Reset your security token', 'Guide', 8),
        page('What is a Salesforce security token?', 'Guide', 5),
      ],
      'what is a security token',
    ),
    ['What is a Salesforce security token?', 'Old token stopped working', 'Reset your security token'],
  );
});

test('a troubleshooter result counts for half a guide: the guide that explains wins, a far better result still leads', () => {
  assert.deepEqual(
    rankedTitles(
      [
        page('INVALID_LOGIN', 'Troubleshooter result', 6),
        page('Login error messages', 'Guide', 5),
        page('Sandbox security token', 'Guide', 2),
      ],
      'invalid_login',
    ),
    ['Login error messages', 'INVALID_LOGIN', 'Sandbox security token'],
  );
  const farBetter = [page('Option still missing', 'Troubleshooter result', 9), page('Sandbox', 'Guide', 2)];
  assert.deepEqual(rankPage(farBetter, 'missing'), farBetter);
});
