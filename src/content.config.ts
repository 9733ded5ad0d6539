import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { AUDIENCES, EDITIONS, EXPERIENCES, PUBLISHERS, TOKEN_PLACEMENTS, TOPICS, keysOf } from './lib/taxonomy';
import { contentDir } from './lib/content-dir';
import { OUTCOME_KINDS } from './lib/troubleshooter/model';
import { duplicateIdProblems, formatRegistryProblems } from './lib/registries/sources';

/** A fixed vocabulary whose error message lists what is allowed. */
const oneOf = <T extends object>(what: string, record: T) => {
  const allowed = keysOf(record);
  return z.enum(allowed, {
    error: (issue) =>
      `${issue.input === undefined ? `Missing ${what}` : `Unknown ${what} ${JSON.stringify(issue.input)}`}. Use one of: ${allowed.join(', ')}.`,
  });
};

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, like "reset-your-security-token".');

// ---- Registries (sources and changes): pages cite sources and list changes by id ----
const sources = z
  .array(kebabId, {
    error: 'List the public sources this page rests on, by their ids in content/sources.yaml (sources: [id, ...]).',
  })
  .min(1, 'Cite at least one public source.');

const changeIds = z
  .array(kebabId, { error: 'List the ids of the changes in content/changes.yaml this page is about.' })
  .default([]);

/** A YAML list of entries with ids; a repeated id fails the build (Astro's file loader would keep the last). */
function yamlListLoader(fileName: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config }) => {
      const file = path.resolve(contentDir(fileName));
      const items: unknown = parseYaml(await readFile(file, 'utf8'));
      if (!Array.isArray(items)) throw new Error(`${file}: write a list of entries, each starting "- id: ...".`);
      const problems = duplicateIdProblems(file, items as { id?: unknown }[]);
      if (problems.length > 0) throw new Error(formatRegistryProblems(problems));
      const filePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');
      store.clear();
      for (const item of items as Record<string, unknown>[]) {
        const id = String(item.id ?? '');
        store.set({ id, data: await parseData({ id, data: item, filePath: file }), filePath });
      }
    },
  };
}

const sourceRegistry = defineCollection({
  loader: yamlListLoader('sources.yaml'),
  schema: z.strictObject({
    id: kebabId,
    title: z.string({ error: 'Give the source a title readers can recognise.' }).min(1),
    url: z.string({ error: 'Give the full address, starting with https://.' }).min(1),
    publisher: oneOf('publisher', PUBLISHERS),
    checked: z.coerce.date({ error: 'Give the date you last read the source, as YYYY-MM-DD.' }),
  }),
});

const changeRegistry = defineCollection({
  loader: yamlListLoader('changes.yaml'),
  schema: z.strictObject({
    id: kebabId,
    date: z.coerce.date({ error: 'Give the exact date as YYYY-MM-DD.' }).optional(),
    period: z.string().min(1).optional(),
    approximateDate: z.coerce.date({ error: 'Give the estimated date as YYYY-MM-DD.' }).optional(),
    title: z.string({ error: 'Give the change a short title.' }).min(1),
    summary: z.string({ error: 'Say in a sentence or two what changes.' }).min(1),
    affects: z.string({ error: 'Say who is affected.' }).min(1),
    notice: z.strictObject({ upcoming: z.string().min(1), past: z.string().min(1) }),
    sources,
  }),
});
// ---- end of registries ----

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentDir('guides') }),
  schema: z.strictObject({
    title: z
      .string({ error: 'Every guide needs a title: plain text, under 80 characters.' })
      .min(1, 'Every guide needs a title.')
      .max(80, 'Keep the title under 80 characters.'),
    description: z
      .string({ error: 'Every guide needs a description: one sentence, 20 to 180 characters.' })
      .min(20, 'Describe the guide in one sentence (20 characters or more).')
      .max(180, 'Keep the description under 180 characters: it is shown in search results.'),
    audience: z
      .array(oneOf('audience', AUDIENCES), {
        error: `List one or more audiences from: ${keysOf(AUDIENCES).join(', ')}.`,
      })
      .min(1, 'Name at least one audience.'),
    topic: oneOf('topic', TOPICS),
    clients: z.array(kebabId).default([]),
    appliesTo: z.strictObject({
      editions: z.union([z.literal('all'), z.array(oneOf('edition', EDITIONS)).min(1)], {
        error: `Use "all" or a list of editions from: ${keysOf(EDITIONS).join(', ')}.`,
      }),
      experiences: z.array(oneOf('experience', EXPERIENCES)).min(1, 'Name lightning, classic or both.'),
    }),
    lastVerified: z.coerce.date({ error: 'Give the date the facts were last checked, as YYYY-MM-DD.' }),
    sources,
    changes: changeIds,
    related: z.array(kebabId).default([]),
    order: z.number({ error: 'Give a number that orders the guide within its topic.' }).int(),
    draft: z.boolean().default(false),
  }),
});

const clients = defineCollection({
  loader: file(contentDir('clients.yaml')),
  schema: z.strictObject({
    id: kebabId,
    name: z.string().min(1),
    kind: z.enum(['api', 'tool', 'library', 'app', 'driver'], {
      error: 'Use one of: api, tool, library, app, driver.',
    }),
    token: oneOf('token placement', TOKEN_PLACEMENTS),
    howTo: z.string().min(1, 'Say in one or two sentences where the token goes.'),
    example: z.string().optional(),
    sandbox: z.string().optional(),
    notes: z.string().optional(),
    sources,
  }),
});

const answer = z.strictObject({
  id: kebabId,
  label: z.string().min(1),
  hint: z.string().optional(),
  next: kebabId,
  sets: z.record(z.string(), z.string()).default({}),
  assumes: z.string().min(1).optional(),
});

const troubleshooters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: contentDir('troubleshooters') }),
  schema: z.strictObject({
    title: z.string().min(1),
    question: z.string().min(1, 'Give the question this troubleshooter answers, as readers would ask it.'),
    description: z.string().min(20),
    audience: z.array(oneOf('audience', AUDIENCES)).min(1),
    start: kebabId,
    questions: z
      .array(
        z.strictObject({
          id: kebabId,
          text: z.string().min(1),
          help: z.string().optional(),
          answers: z.array(answer),
        }),
      )
      .min(1),
  }),
});

const outcomes = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: contentDir('troubleshooters') }),
  schema: z.strictObject({
    title: z.string().min(1),
    kind: z.enum(OUTCOME_KINDS, { error: `Use one of: ${OUTCOME_KINDS.join(', ')}.` }),
    related: z.array(kebabId).default([]),
    sources,
    changes: changeIds,
    adminMessage: z.string().optional(),
    userReply: z.string().optional(),
  }),
});

export const collections = {
  guides,
  clients,
  troubleshooters,
  outcomes,
  sources: sourceRegistry,
  changes: changeRegistry,
};
