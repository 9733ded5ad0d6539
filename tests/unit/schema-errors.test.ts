import assert from 'node:assert/strict';
import { test } from 'node:test';
import { treeSchema } from '../../src/lib/content-schema.ts';
import { parseWithFriendlyErrors } from '../../src/lib/schema-errors.ts';

const TREE = {
  title: 'Test tree',
  question: 'What is wrong?',
  description: 'A tree for the schema error tests.',
  audience: ['user'],
  start: 'a',
  questions: [{ id: 'a', text: 'A?', answers: [{ id: 'x', label: 'X', next: 'o' }] }],
};

/** The problem blocks parseWithFriendlyErrors throws for `data`. */
function problems(data: unknown): string {
  try {
    parseWithFriendlyErrors(treeSchema, data, 't.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('the data should not pass the schema');
}

test('a schema message says what to write, so it is the fix; the problem quotes the value or says it is missing', () => {
  assert.equal(parseWithFriendlyErrors(treeSchema, TREE, 't.yaml').start, 'a');
  assert.match(
    problems({ ...TREE, description: 'short' }),
    /t\.yaml\n {2}where: {3}description\n {2}problem: The value "short" is not allowed here\.\n {2}fix: {5}Describe the troubleshooter/,
  );
  assert.match(
    problems({ ...TREE, questions: [{ ...TREE.questions[0], text: undefined }] }),
    /where: {3}questions\[0\]\.text\n {2}problem: The field is missing\.\n {2}fix: {5}Give every question its text/,
  );
});

test('a message with "Fix:" is split into problem and fix; zod\'s own messages are the problem', () => {
  assert.match(
    problems({ ...TREE, questions: [{ ...TREE.questions[0], answers: [{ id: 'Not Sure', label: 'X', next: 'o' }] }] }),
    /where: {3}questions\[0\]\.answers\[0\]\.id\n {2}problem: Answer "Not Sure" of question "a": an answer id is part of the page address\.\n {2}fix: {5}Use lower-case words joined by hyphens, such as "not-sure"\./,
  );
  assert.match(
    problems({ ...TREE, start: 7 }),
    /where: {3}start\n {2}problem: Invalid input: expected string, received number \(the value is 7\)\n {2}fix: {5}Correct the field/,
  );
});
