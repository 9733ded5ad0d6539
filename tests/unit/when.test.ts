import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsMatch } from '../../src/lib/troubleshooter/when.ts';

test('factsMatch needs every condition to list the fact value', () => {
  const facts = { client: 'data-loader', experience: 'classic' };
  assert.equal(factsMatch(facts, { client: 'data-loader' }), true);
  assert.equal(factsMatch(facts, { client: 'soap-login  data-loader' }), true);
  assert.equal(factsMatch(facts, { client: 'data-loader', experience: 'lightning' }), false);
  assert.equal(factsMatch(facts, { client: 'data' }), false);
  assert.equal(factsMatch({}, { experience: 'classic' }), false);
  assert.equal(factsMatch({}, {}), true);
});
