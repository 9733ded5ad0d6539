import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientTableIds } from '../../../src/lib/registries/client-tables.ts';

const all = ['soap-login', 'data-loader', 'jsforce'];

test('a full client table shows every client; only={[...]} shows those listed', () => {
  assert.deepEqual(clientTableIds('Text\n\n<ClientTable />\n', all), all);
  assert.deepEqual(clientTableIds('<ClientTable only={["jsforce", "data-loader"]} />', all), [
    'data-loader',
    'jsforce',
  ]);
  assert.deepEqual(clientTableIds('No table here.', all), []);
});
