import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES, EDITIONS, EXPERIENCES, PUBLISHERS, TOKEN_PLACEMENTS, TOPICS, keysOf } from './lib/taxonomy';
import { contentDir } from './lib/content-dir';
import { OUTCOME_KINDS } from './lib/troubleshooter/model';

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

const source = z.object({
  title: z.string().min(1, 'Give the source a title readers can recognise.'),
  url: z.url({ error: 'Give the full address, starting with https://.' }),
  publisher: oneOf('publisher', PUBLISHERS),
});

const sources = z
  .array(source, { error: 'List the public sources this page rests on (title, url, publisher).' })
  .min(1, 'Cite at least one public source.');

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
    adminMessage: z.string().optional(),
    userReply: z.string().optional(),
  }),
});

export const collections = { guides, clients, troubleshooters, outcomes };
