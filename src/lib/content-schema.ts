/**
 * The content model: one zod schema per kind of content file, and the
 * TypeScript types inferred from them. src/content.config.ts gives these
 * schemas to Astro's collections; scripts and tests run the same schemas
 * through parseWithFriendlyErrors (schema-errors.ts). Only `astro/zod` is
 * imported, so plain Node can load this file.
 */
import { z } from 'astro/zod';
import {
  AUDIENCES,
  CLIENT_KINDS,
  EDITIONS,
  EXPERIENCES,
  OUTCOME_KINDS,
  PUBLISHERS,
  TOKEN_PLACEMENTS,
  TOPICS,
  keysOf,
} from './taxonomy.ts';
import { findUnsafeMarkup, UNSAFE_MARKUP_FIX } from './unsafe-markup.ts';

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

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const kebabId = z.string().regex(KEBAB_ID, 'Use lower-case words joined by hyphens, like "reset-your-security-token".');

/** Who a guide or troubleshooter is for. */
const audiences = z
  .array(oneOf('audience', AUDIENCES), {
    error: `List one or more audiences from: ${keysOf(AUDIENCES).join(', ')}.`,
  })
  .min(1, 'Name at least one audience.');

/** The public sources a page's facts rest on, by their ids in content/sources.yaml. */
const citedSources = z
  .array(kebabId, {
    error: 'List the public sources this page rests on, by their ids in content/sources.yaml (sources: [id, ...]).',
  })
  .min(1, 'Cite at least one public source.');

/** The changes in content/changes.yaml a page is about, by id. */
const changeIds = z
  .array(kebabId, { error: 'List the ids of the changes in content/changes.yaml this page is about.' })
  .default([]);

/** An entry of content/sources.yaml: a public page the site's facts rest on. */
export const sourceSchema = fields({
  /** What pages cite the source by. */
  id: kebabId,
  /** The page's own title, as readers will recognise it. */
  title: z.string({ error: 'Give the source a title readers can recognise.' }).min(1),
  /** The page's https:// address. */
  url: z.string({ error: 'Give the full address, starting with https://.' }).min(1),
  /** Who published it: Salesforce first, third parties labelled as such. */
  publisher: oneOf('publisher', PUBLISHERS),
  /** When someone last read the page and confirmed what the site cites from it. */
  checked: z.coerce.date({ error: 'Give the date you last read the source, as YYYY-MM-DD.' }),
});
export type Source = z.output<typeof sourceSchema>;

/** An entry of content/changes.yaml: a dated platform change. */
export const changeSchema = fields({
  /** What pages list the change by. */
  id: kebabId,
  /** The exact date Salesforce published, when it published one. */
  date: z.coerce.date({ error: 'Give the exact date as YYYY-MM-DD.' }).optional(),
  /** Otherwise the release or month Salesforce named, such as "Summer '27"... */
  period: z.string().min(1).optional(),
  /** ...and our estimate of its date, used only to order changes and pick the tense. */
  approximateDate: z.coerce.date({ error: 'Give the estimated date as YYYY-MM-DD.' }).optional(),
  /** A short title. */
  title: z.string({ error: 'Give the change a short title.' }).min(1),
  /** What changes, in a sentence or two. */
  summary: z.string({ error: 'Say in a sentence or two what changes.' }).min(1),
  /** Who is affected. */
  affects: z.string({ error: 'Say who is affected.' }).min(1),
  /** The notice sentence in both tenses; `{when}` becomes "on February 20, 2027" or "in Summer '27". */
  notice: fields({ upcoming: z.string().min(1), past: z.string().min(1) }),
  sources: citedSources,
});
export type Change = z.output<typeof changeSchema>;

/** The frontmatter of a guide (content/guides/<id>.mdx). */
export const guideSchema = fields({
  /** The page title: plain text, under 80 characters. */
  title: nonBlank('Every guide needs a title: plain text, under 80 characters.').max(
    80,
    'Keep the title under 80 characters.',
  ),
  /** One sentence, shown in search results and guide lists. */
  description: z
    .string({ error: 'Every guide needs a description: one sentence, 20 to 180 characters.' })
    .min(20, 'Describe the guide in one sentence (20 characters or more).')
    .max(180, 'Keep the description under 180 characters: it is shown in search results.'),
  /** Who the guide is for. */
  audience: audiences,
  /** The group the guide is listed under. */
  topic: oneOf('topic', TOPICS),
  /** Ids from content/clients.yaml the guide is about. */
  clients: z.array(kebabId).default([]),
  /** The Salesforce editions and experiences the guide's facts hold for. */
  appliesTo: fields({
    editions: z.union([z.literal('all'), z.array(oneOf('edition', EDITIONS)).min(1)], {
      error: `Use "all" or a list of editions from: ${keysOf(EDITIONS).join(', ')}.`,
    }),
    experiences: z.array(oneOf('experience', EXPERIENCES)).min(1, 'Name lightning, classic or both.'),
  }),
  /** When the facts were last checked against the sources. */
  lastVerified: z.coerce.date({ error: 'Give the date the facts were last checked, as YYYY-MM-DD.' }),
  sources: citedSources,
  changes: changeIds,
  /** Ids of guides to read next. */
  related: z.array(kebabId).default([]),
  /** The guide's place within its topic. */
  order: z.number({ error: 'Give a number that orders the guide within its topic.' }).int(),
  /** A draft is built by `astro dev` only. */
  draft: z.boolean().default(false),
});

/** An entry of content/clients.yaml: an app or library that signs in with a password and token. */
export const clientSchema = fields({
  /** What guides and answers name the client by. */
  id: kebabId,
  /** The name readers know it by. */
  name: nonBlank('Give the client the name readers know it by.'),
  /** What kind of thing it is (taxonomy.ts has the labels). */
  kind: z.enum(keysOf(CLIENT_KINDS), { error: `Use one of: ${keysOf(CLIENT_KINDS).join(', ')}.` }),
  /** Where the token goes when signing in. */
  token: oneOf('token placement', TOKEN_PLACEMENTS),
  /** Markdown: where the token goes, in one or two sentences. */
  howTo: markdown(
    z
      .string({ error: 'Say in one or two sentences where the token goes.' })
      .min(1, 'Say in one or two sentences where the token goes.'),
  ),
  /** A sample sign-in request or setting, shown as code, with the token in place. */
  example: z.string().optional(),
  /** Markdown: what differs when signing in to a sandbox. */
  sandbox: markdown().optional(),
  notes: markdown().optional(),
  sources: citedSources,
});

/** An answer of a troubleshooter question; choosing it is one segment of the page address. */
export const answerSchema = fields({
  /** Its part of the page address, unique within its question; checked with the question's id, below. */
  id: z.string({ error: 'Give every answer an id: lower-case words joined by hyphens.' }),
  /** Markdown: what the reader chooses. */
  label: markdown(
    z.string({ error: 'Give every answer a label: what the reader chooses.' }).min(1, 'Write the label.'),
  ),
  /** Markdown: how to tell whether this answer applies. */
  hint: markdown().optional(),
  /** A question or outcome id of the same tree. */
  next: kebabId,
  /** The facts this answer establishes, e.g. `{ client: data-loader }`. */
  sets: z.record(z.string(), z.string()).default({}),
  /** For a "Not sure" answer that carries on: what the walk assumed, completing "We assumed …". */
  assumes: z.string().min(1).optional(),
});
export type Answer = z.output<typeof answerSchema>;

/** A question of a troubleshooter. */
export const questionSchema = fields({
  /** Unique among the tree's questions and outcomes. */
  id: kebabId,
  /** Markdown: the question as the reader sees it. */
  text: markdown(
    z.string({ error: 'Give every question its text, as the reader sees it.' }).min(1, 'Write the question.'),
  ),
  /** Markdown: how to find out the answer. */
  help: markdown().optional(),
  answers: z.array(answerSchema),
}).superRefine((question, context) => {
  question.answers.forEach((item, i) => {
    if (KEBAB_ID.test(item.id)) return;
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
});
export type Question = z.output<typeof questionSchema>;

/** A troubleshooter (content/troubleshooters/<tree id>.yaml): questions whose answers lead on to outcomes. */
export const treeSchema = fields({
  /** The name of the troubleshooter. */
  title: nonBlank('Give the troubleshooter a title.'),
  /** The question it answers, as readers would ask it. */
  question: z.string().min(1, 'Give the question this troubleshooter answers, as readers would ask it.'),
  /** One sentence on what the troubleshooter sorts out, shown on its start page and in search. */
  description: z
    .string({ error: 'Describe the troubleshooter in one sentence (20 characters or more).' })
    .min(20, 'Describe the troubleshooter in one sentence (20 characters or more).'),
  /** Who it is for; a tree for admins only ends every outcome with a reply to the user. */
  audience: audiences,
  /** The id of the first question. */
  start: kebabId,
  questions: z
    .array(questionSchema, { error: 'List the questions, each with an id, its text and its answers.' })
    .min(1, 'Ask at least one question.'),
});
export type TreeData = z.output<typeof treeSchema>;

/** The frontmatter of an outcome (content/troubleshooters/<tree id>/<outcome id>.mdx). */
export const outcomeSchema = fields({
  /** What to do or what is wrong. */
  title: nonBlank('Give the outcome a title that says what to do or what is wrong.'),
  /** What the outcome means for the reader (taxonomy.ts has the badge labels). */
  kind: z.enum(keysOf(OUTCOME_KINDS), { error: `Use one of: ${keysOf(OUTCOME_KINDS).join(', ')}.` }),
  /** Ids of guides to read next. */
  related: z.array(kebabId).default([]),
  sources: citedSources,
  changes: changeIds,
  /** Markdown: a message the reader can send their admin. */
  adminMessage: markdown().optional(),
  /** Markdown, for admin outcomes: a ready-to-copy reply to the user who asked. */
  userReply: markdown().optional(),
});
export type OutcomeData = z.output<typeof outcomeSchema>;
