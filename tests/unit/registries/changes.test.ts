import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changeEntryProblems,
  changeStatus,
  checkChangeReferences,
  noticeText,
  timeline,
  whenLabel,
  type Change,
} from '../../../src/lib/registries/changes.ts';

const flowRetired: Change = {
  id: 'username-password-flow-retired',
  date: new Date('2027-02-20'),
  title: 'OAuth username-password flow stops working',
  notice: {
    upcoming: 'The OAuth 2.0 username-password flow stops working for connected apps {when}.',
    past: 'The OAuth 2.0 username-password flow stopped working for connected apps {when}.',
  },
  sources: ['kb-005461976'],
};
const loginRetired: Change = {
  id: 'soap-login-retired',
  period: "Summer '27",
  approximateDate: new Date('2027-06-15'),
  title: 'SOAP API login() retires',
  notice: { upcoming: 'SOAP API login() retires {when}.', past: 'SOAP API login() retired {when}.' },
  sources: ['kb-005132110'],
};
const outlookRetired: Change = {
  ...loginRetired,
  id: 'outlook',
  period: 'December 2027',
  approximateDate: new Date('2027-12-01'),
};

test('before the date the notice says "stops", from the date on "stopped"', () => {
  assert.equal(
    noticeText(flowRetired, new Date('2026-12-01T10:00:00Z')),
    'The OAuth 2.0 username-password flow stops working for connected apps on February 20, 2027.',
  );
  assert.equal(changeStatus(flowRetired, new Date('2027-02-19T23:59:59Z')), 'upcoming');
  assert.equal(changeStatus(flowRetired, new Date('2027-02-20T00:00:01Z')), 'past');
  assert.equal(
    noticeText(flowRetired, new Date('2027-03-01T00:00:00Z')),
    'The OAuth 2.0 username-password flow stopped working for connected apps on February 20, 2027.',
  );
});

test('a change known only by its release follows the estimate and names the release', () => {
  assert.equal(noticeText(loginRetired, new Date('2027-01-01')), "SOAP API login() retires in Summer '27.");
  assert.equal(noticeText(loginRetired, new Date('2027-07-01')), "SOAP API login() retired in Summer '27.");
  assert.equal(whenLabel(loginRetired), "Summer '27 (about June 2027)");
  assert.equal(whenLabel(outlookRetired), 'December 2027');
  assert.equal(whenLabel(flowRetired), 'February 20, 2027');
});

test('the timeline orders by date and splits at today', () => {
  const { past, upcoming } = timeline([outlookRetired, loginRetired, flowRetired], new Date('2027-03-01'));
  assert.deepEqual(
    past.map((change) => change.id),
    ['username-password-flow-retired'],
  );
  assert.deepEqual(
    upcoming.map((change) => change.id),
    ['soap-login-retired', 'outlook'],
  );
});

test('a change needs an exact date or a period with an estimate, and {when} once in each notice', () => {
  assert.deepEqual(changeEntryProblems(flowRetired), []);
  assert.deepEqual(changeEntryProblems(loginRetired), []);
  const both = changeEntryProblems({ ...flowRetired, period: "Winter '27" });
  assert.match(both[0]?.message ?? '', /both an exact date and a period/);
  const neither = changeEntryProblems({ ...loginRetired, approximateDate: undefined });
  assert.equal(neither[0]?.where, 'entry "soap-login-retired", date');
  const noPlaceholder = changeEntryProblems({ ...flowRetired, notice: { upcoming: 'Stops soon.', past: '{when}' } });
  assert.deepEqual(
    noPlaceholder.map((problem) => problem.where),
    ['entry "username-password-flow-retired", notice.upcoming'],
  );
});

test('a page listing an unknown change names the file, the value and a likely fix', () => {
  const problems = checkChangeReferences(new Set(['soap-login-retired']), [
    { file: 'content/guides/a.mdx', changes: ['soap-login-retired', 'soap-login-retird'] },
  ]);
  assert.deepEqual(problems, [
    {
      file: 'content/guides/a.mdx',
      where: 'changes',
      message: 'No change "soap-login-retird" in content/changes.yaml.',
      fix: 'Did you mean "soap-login-retired"? Use the id of an entry there.',
    },
  ]);
});
