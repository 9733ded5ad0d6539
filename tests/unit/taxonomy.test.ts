/** The vocabularies in src/lib/taxonomy.ts against the content that uses them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CLIENT_KINDS } from '../../src/lib/taxonomy.ts';

test('every client in content/clients.yaml is of a kind CLIENT_KINDS names', () => {
  const file = path.resolve(import.meta.dirname, '../../content/clients.yaml');
  const clients = parse(readFileSync(file, 'utf8')) as { id: string; kind: string }[];
  for (const client of clients) assert.ok(Object.hasOwn(CLIENT_KINDS, client.kind), `${client.id}: ${client.kind}`);
});
