import { test } from 'node:test';
import assert from 'node:assert/strict';
import { questionTitlesFirst, titleIsQuery } from '../../src/lib/search/rank.ts';

test('a title asks the question when it holds every word of the query, in any order, with endings', () => {
  assert.equal(titleIsQuery('What is a Salesforce security token?', 'what is a security token'), true);
  assert.equal(titleIsQuery('Reset your security token', 'reset tokens'), true);
  assert.equal(titleIsQuery('Reset your security token', 'what is a security token'), false);
  assert.equal(titleIsQuery('Old token stopped working', 'what is a security token'), false);
});

test('results titled with the question come first; the rest keep the order found', () => {
  const titles = ['Old token stopped working', 'Reset your security token', 'What is a Salesforce security token?'];
  const ranked = questionTitlesFirst(
    titles.map((title) => ({ title })),
    'what is a security token',
  );
  assert.deepEqual(
    ranked.map((result) => result.title),
    ['What is a Salesforce security token?', 'Old token stopped working', 'Reset your security token'],
  );
  const none = titles.map((title) => ({ title }));
  assert.deepEqual(questionTitlesFirst(none, 'sandbox email'), none);
});
