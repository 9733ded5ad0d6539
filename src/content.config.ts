import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { AUDIENCES, EDITIONS, EXPERIENCES, PUBLISHERS, TOKEN_PLACEMENTS, TOPICS, keysOf } from './lib/taxonomy';
import { contentDir } from './lib/content-dir';
import { findUnsafeMarkup, UNSAFE_MARKUP_FIX } from './lib/unsafe-markup';
import { guidesLoader, outcomesLoader, treesLoader, yamlListLoader } from './data/checked-loaders';
import { OUTCOME_KINDS } from './lib/troubleshooter/model';

/** A fixed vocabulary whose error message lists what is allowed. */
const oneOf = <T extends object>(what: string, record: T) => {
  const allowed = keysOf(record);
  return z.enum(allowed, {
    error: (issue) =>
      `${issue.input === undefined ? `Missing ${what}` : `Unknown ${what} ${JSON.stringify(issue.input)}`}. Use one of: ${allowed.join(', ')}.`,
  });
};

/** Text that must say something: whitespace alone is as empty as nothing. */
const nonBlank = (message: string) => z.string({ error: message }).refine((text) => text.trim() !== '', message);

/** Markdown in a data file: no raw <script>, <style>, <iframe>, on* attributes or javascript: URLs. */
const markdown = (schema: z.ZodString = z.string()) =>
  schema.superRefine((text, context) => {
    for (const found of findUnsafeMarkup(text))
      context.addIssue({
        code: 'custom',
        message: `${found.what} (line ${found.line} of the text): ${found.markup}. Fix: ${UNSAFE_MARKUP_FIX}`,
      });
  });

/** An object that rejects fields it does not know, listing the ones it does. */
const fields = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}. Fix: remove it, or correct its name to one of: ${Object.keys(shape).join(', ')}.`
        : undefined,
  });

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

const sourceRegistry = defineCollection({
  loader: yamlListLoader(contentDir('sources.yaml')),
  schema: fields({
    id: kebabId,
    title: z.string({ error: 'Give the source a title readers can recognise.' }).min(1),
    url: z.string({ error: 'Give the full address, starting with https://.' }).min(1),
    publisher: oneOf('publisher', PUBLISHERS),
    checked: z.coerce.date({ error: 'Give the date you last read the source, as YYYY-MM-DD.' }),
  }),
});

const changeRegistry = defineCollection({
  loader: yamlListLoader(contentDir('changes.yaml')),
  schema: fields({
    id: kebabId,
    date: z.coerce.date({ error: 'Give the exact date as YYYY-MM-DD.' }).optional(),
    period: z.string().min(1).optional(),
    approximateDate: z.coerce.date({ error: 'Give the estimated date as YYYY-MM-DD.' }).optional(),
    title: z.string({ error: 'Give the change a short title.' }).min(1),
    summary: z.string({ error: 'Say in a sentence or two what changes.' }).min(1),
    affects: z.string({ error: 'Say who is affected.' }).min(1),
    notice: fields({ upcoming: z.string().min(1), past: z.string().min(1) }),
    sources,
  }),
});
// ---- end of registries ----

const guides = defineCollection({
  loader: guidesLoader(contentDir('guides')),
  schema: fields({
    title: nonBlank('Every guide needs a title: plain text, under 80 characters.').max(
      80,
      'Keep the title under 80 characters.',
    ),
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
    appliesTo: fields({
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
  loader: yamlListLoader(contentDir('clients.yaml')),
  schema: fields({
    id: kebabId,
    name: nonBlank('Give the client the name readers know it by.'),
    kind: z.enum(['api', 'tool', 'library', 'app', 'driver'], {
      error: 'Use one of: api, tool, library, app, driver.',
    }),
    token: oneOf('token placement', TOKEN_PLACEMENTS),
    howTo: markdown(
      z
        .string({ error: 'Say in one or two sentences where the token goes.' })
        .min(1, 'Say in one or two sentences where the token goes.'),
    ),
    example: z.string().optional(),
    sandbox: markdown().optional(),
    notes: markdown().optional(),
    sources,
  }),
});

const answer = fields({
  // Checked with its question's id, below: the message names both.
  id: z.string({ error: 'Give every answer an id: lower-case words joined by hyphens.' }),
  label: markdown(z.string().min(1)),
  hint: markdown().optional(),
  next: kebabId,
  sets: z.record(z.string(), z.string()).default({}),
  assumes: z.string().min(1).optional(),
});

const troubleshooters = defineCollection({
  loader: treesLoader(contentDir('troubleshooters')),
  schema: fields({
    title: nonBlank('Give the troubleshooter a title.'),
    question: z.string().min(1, 'Give the question this troubleshooter answers, as readers would ask it.'),
    description: z.string().min(20),
    audience: z.array(oneOf('audience', AUDIENCES)).min(1),
    start: kebabId,
    questions: z
      .array(
        fields({
          id: kebabId,
          text: markdown(z.string().min(1)),
          help: markdown().optional(),
          answers: z.array(answer),
        }).superRefine((question, context) => {
          question.answers.forEach((item, i) => {
            if (kebabId.safeParse(item.id).success) return;
            const suggestion = item.id
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, '');
            context.addIssue({
              code: 'custom',
              path: ['answers', i, 'id'],
              message:
                `Answer ${JSON.stringify(item.id)} of question "${question.id}": an answer id is part of the page address. ` +
                `Fix: use lower-case words joined by hyphens${suggestion ? `, such as "${suggestion}"` : ''}.`,
            });
          });
        }),
      )
      .min(1),
  }),
});

const outcomes = defineCollection({
  loader: outcomesLoader(contentDir('troubleshooters')),
  schema: fields({
    title: nonBlank('Give the outcome a title that says what to do or what is wrong.'),
    kind: z.enum(OUTCOME_KINDS, { error: `Use one of: ${OUTCOME_KINDS.join(', ')}.` }),
    related: z.array(kebabId).default([]),
    sources,
    changes: changeIds,
    adminMessage: markdown().optional(),
    userReply: markdown().optional(),
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
