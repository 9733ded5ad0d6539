/**
 * Writes synthetic guides, valid against the guide schema in
 * src/content.config.ts, into a copy of content/. Prose is a mix of sentences
 * taken from the real guides and outcomes (links flattened to text) and
 * templated sentences, so the search index sees a realistic vocabulary.
 * A seeded generator makes every run write the same files.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AUDIENCES, EDITIONS, TOPICS, keysOf } from '../src/lib/taxonomy.ts';

export interface GeneratedSet {
  ids: string[];
  realGuideIds: string[];
  totalWords: number;
}

/** mulberry32: small, fast, seedable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const APPS = [
  'Data Loader',
  'Salesforce CLI',
  'Workbench',
  'simple-salesforce',
  'jsforce',
  'the Java WSC library',
  'an Excel connector',
  'an ODBC driver',
  'a JDBC driver',
  'Salesforce for Outlook',
  'a marketing automation app',
  'a lead-capture form tool',
  'an ETL pipeline',
  'a nightly Python script',
  'a PowerShell module',
  'a Node.js integration',
  'a middleware connector',
  'a backup service',
  'a CPQ add-on',
  'a reporting dashboard tool',
  'Informatica',
  'MuleSoft',
  'Jitterbit',
  'Zapier',
  'a custom SOAP client',
  'a REST client in Postman',
  'a legacy .NET service',
  'a Google Sheets add-on',
  'dbt',
  'Airflow',
];
const ERRORS = [
  'INVALID_LOGIN',
  'LOGIN_MUST_USE_SECURITY_TOKEN',
  'API_DISABLED_FOR_ORG',
  'INVALID_SESSION_ID',
  'API_CURRENTLY_DISABLED',
  'invalid_grant',
  'authentication failure',
  'INVALID_OPERATION_WITH_EXPIRED_PASSWORD',
  'LOGIN_ERROR_LOGIN_FAILED',
  'REQUEST_LIMIT_EXCEEDED',
  'INSUFFICIENT_ACCESS',
  'unsupported_grant_type',
  "user hasn't approved this consumer",
];
const SETTINGS = [
  'Login IP Ranges',
  'Trusted IP Ranges',
  'the API Only User permission',
  'Multi-Factor Authentication for API Logins',
  'the password policy',
  'session settings',
  'the connected app policy',
  'Login Hours',
  'the API Enabled permission',
  'the "Lock sessions to the IP address" setting',
  'the My Domain login policy',
  'the email deliverability setting',
  'the sandbox email masking',
  'OAuth username-password flow blocking',
  'the integration user license',
];
const ROLES = [
  'an admin',
  'a developer',
  'a sales rep',
  'a support agent',
  'an integration owner',
  'a consultant',
  'a new hire',
  'a partner user',
];
const PLACES = [
  'the password field',
  'a separate token field',
  'the connection string',
  'the config file',
  'an environment variable',
  'the login dialog',
  'the named credential',
  'a secrets manager',
  'the settings screen',
  'a properties file',
];
const MOMENTS = [
  'after a password reset',
  'after a sandbox refresh',
  'after an org migration',
  'after a release update',
  'on a new laptop',
  'from a new office network',
  'behind a VPN',
  'after an admin changed the profile',
  'on the first login of the day',
  'when the token email never arrives',
  'after MFA was switched on',
  'after the integration user was recreated',
];
const ACTIONS = [
  'Fix',
  'Understand',
  'Avoid',
  'Troubleshoot',
  'Set up',
  'Check',
  'Replace',
  'Recover from',
  'Plan for',
  'Explain',
  'Diagnose',
  'Handle',
];
const SUBJECTS = [
  'token errors',
  'a rejected token',
  'a missing token email',
  'INVALID_LOGIN',
  'API logins',
  'token resets',
  'locked-out users',
  'an expired password',
  'trusted networks',
  'integration users',
  'a lost token',
  'OAuth migration',
  'password-plus-token logins',
  'sandbox tokens',
  'Login IP Ranges',
  'shared accounts',
  'scheduled jobs',
  'connected apps',
  'token storage',
  'MFA for API logins',
];

const TEMPLATES: ((pick: <T>(list: readonly T[]) => T) => string)[] = [
  (p) => `If ${p(APPS)} shows ${'`'}${p(ERRORS)}${'`'} ${p(MOMENTS)}, the token it sends is probably out of date.`,
  (p) => `Ask ${p(ROLES)} to check ${p(SETTINGS)} before anyone resets a token, because a reset can't be undone.`,
  (p) =>
    `In ${p(APPS)}, the token usually goes in ${p(PLACES)}, straight after the password with no space between them.`,
  (p) => `Salesforce doesn't show the token on screen; it only emails it, so ${p(ROLES)} can't look it up later.`,
  (p) => `When ${p(SETTINGS)} covers the address a request comes from, Salesforce stops asking for a token at all.`,
  (p) =>
    `Write down every place that stores the token, including ${p(PLACES)} and ${p(APPS)}, before you change anything.`,
  (p) =>
    `A login that fails ${p(MOMENTS)} counts toward the lockout limit, so retrying with old tokens makes it worse.`,
  (p) =>
    `${p(ROLES).replace(/^an? /, (m) => (m === 'an ' ? 'An ' : 'A '))} who only uses ${p(APPS)} still needs a current token unless the org has moved to OAuth.`,
  (p) =>
    `Check the error text carefully: ${'`'}${p(ERRORS)}${'`'} and ${'`'}${p(ERRORS)}${'`'} look alike but have different causes.`,
  (p) => `Some teams keep the token in ${p(PLACES)} so that a reset means changing one value instead of many.`,
  (p) => `The change often appears ${p(MOMENTS)}, which is why ${p(ROLES)} tends to notice it first.`,
  (p) => `If ${p(SETTINGS)} is on for your profile, the reset option disappears from your personal settings.`,
  (p) => `Moving ${p(APPS)} to an OAuth flow removes the token from the picture and survives password changes.`,
  (p) => `Test the new credentials in ${p(APPS)} first, then update ${p(PLACES)} everywhere else.`,
  (p) => `Record which user ${p(APPS)} signs in as; shared accounts make token problems much harder to trace.`,
  (p) =>
    `Salesforce records each attempt in Login History, where ${p(ROLES)} can see the status and the source IP address.`,
];

const STEP_TEMPLATES: ((pick: <T>(list: readonly T[]) => T) => string)[] = [
  () => 'Select your profile picture at the top right, then select **Settings**.',
  () => 'In the **Quick Find** box, type `Reset` and select **Reset My Security Token**.',
  () => 'Select **Reset Security Token** and wait for the email.',
  (p) => `Open ${p(APPS)} and find ${p(PLACES)}.`,
  () => 'Paste the password, then the token, with no space between them.',
  () => 'Save the connection and run a small test query.',
  () => 'Open **Setup**, then **Login History**, and find the failed attempt.',
  (p) => `Ask ${p(ROLES)} to confirm the change in ${p(SETTINGS)}.`,
  () => 'Sign out, sign back in, and try the app again.',
  () => 'Store the new token in your password manager.',
];

const HEADINGS = [
  'Before you start',
  'Why this happens',
  'What to check first',
  'Step by step',
  'If it still fails',
  'What changes for admins',
  'Where the token goes',
  'Keep it working',
  'Common mistakes',
  'How to tell what went wrong',
  'When to ask for help',
  'What Salesforce documents',
  'What the error means',
  'A safer setup',
  'After the fix',
  'Check your network',
];

const LIST_ITEMS = [
  'the app or tool that connects',
  'the user it signs in as',
  'when the token was last reset',
  'whether the password changed recently',
  'the network the request comes from',
  'the exact error text',
  'the org or sandbox it points at',
  'who else uses the same login',
  'whether MFA applies to API logins',
  'where the credentials are stored',
  'the login URL the app uses',
  'the API version it calls',
];

/** Plain sentences from the real content: no MDX, no links, no braces. */
async function realSentences(contentDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(contentDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.mdx?$/.test(entry.name)) files.push(path.join(entry.parentPath, entry.name));
  }
  const sentences = new Set<string>();
  for (const file of files) {
    const body = (await readFile(file, 'utf8')).replace(/^---[\s\S]*?\n---\n/, '');
    for (const rawLine of body.split('\n')) {
      const line = rawLine.trim();
      if (!line || /^(#|<|\||```|import |export |>)/.test(line)) continue;
      const text = line
        .replace(/^(\d+\.|[-*])\s+/, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .trim();
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
        const words = sentence.split(/\s+/).length;
        if (words >= 6 && words <= 40 && /[.!?]$/.test(sentence) && !/[{}<>[\]]/.test(sentence))
          sentences.add(sentence);
      }
    }
  }
  return [...sentences];
}

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
const yamlString = (value: string) => JSON.stringify(value);
const isoDate = (days: number) => new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Adds `count` synthetic guides to `<contentDir>/guides`. The real guides
 * (already copied there) supply source ids, link targets and sentences.
 */
export async function generateGuides(contentDir: string, count: number, seed = 20260101): Promise<GeneratedSet> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const guidesDir = path.join(contentDir, 'guides');
  const realFiles = (await readdir(guidesDir)).filter((name) => /\.mdx?$/.test(name));
  const realGuideIds = realFiles.map((name) => name.replace(/\.mdx?$/, '')).sort();
  const sourceIds = new Set<string>();
  for (const name of realFiles) {
    const match = /^---\n([\s\S]*?)\n---/.exec(await readFile(path.join(guidesDir, name), 'utf8'));
    const data = (match ? parseYaml(match[1] ?? '') : {}) as { sources?: string[] };
    for (const id of data.sources ?? []) sourceIds.add(id);
  }
  const sources = [...sourceIds];
  if (sources.length === 0) throw new Error('No sources found in the real guides to cite from.');
  const clientIds = [
    ...(await readFile(path.join(contentDir, 'clients.yaml'), 'utf8')).matchAll(/^- id: ([a-z0-9-]+)\s*$/gm),
  ].map((m) => m[1] as string);
  const corpus = await realSentences(contentDir);
  const topics = keysOf(TOPICS);
  const audiences = keysOf(AUDIENCES);
  const editions = keysOf(EDITIONS);

  // Distinct titles: a shuffled walk through action × subject × moment.
  const titles: string[] = [];
  const seenTitles = new Set<string>();
  while (titles.length < count) {
    const title = `${pick(ACTIONS)} ${pick(SUBJECTS)} ${pick(MOMENTS)}`;
    if (title.length <= 80 && !seenTitles.has(title)) {
      seenTitles.add(title);
      titles.push(title);
    }
  }
  const slug = (title: string) =>
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-');
  const ids = titles.map((title, i) => `synthetic-${String(i + 1).padStart(4, '0')}-${slug(title)}`);

  const sentence = () => (random() < 0.45 && corpus.length > 0 ? pick(corpus) : pick(TEMPLATES)(pick));
  const paragraph = (min: number, max: number) => Array.from({ length: between(min, max) }, sentence).join(' ');

  let totalWords = 0;
  for (let i = 0; i < count; i++) {
    const id = ids[i] as string;
    const title = titles[i] as string;
    const otherSynthetic = () => {
      const near = (((i + between(1, 40) * (random() < 0.5 ? 1 : -1)) % count) + count) % count;
      return ids[near === i ? (i + 1) % count : near] as string;
    };
    const related = [
      ...new Set([
        ...sample(realGuideIds, between(1, 2)),
        otherSynthetic(),
        ...(random() < 0.6 ? [otherSynthetic()] : []),
      ]),
    ]
      .filter((other) => other !== id)
      .slice(0, 5);
    const realLink = pick(realGuideIds);
    const syntheticLink = otherSynthetic();
    const headings = sample(HEADINGS, 6);
    const calloutType = pick(['note', 'important', 'warning'] as const);

    const parts: string[] = [];
    parts.push(paragraph(2, 3));
    parts.push(`## ${headings[0]}`, paragraph(3, 4));
    parts.push(
      `:::${calloutType}[${pick(['Resetting breaks connected apps', 'Check this first', 'The token is case-sensitive', 'Admins can change this'])}]\n${paragraph(1, 2)}\n:::`,
    );
    parts.push(`## ${headings[1]}`, sentence());
    const steps = sample([...STEP_TEMPLATES.keys()], between(4, 6)).sort((a, b) => a - b);
    parts.push(
      `:::steps\n${steps.map((step, n) => `${n + 1}. ${(STEP_TEMPLATES[step] as (typeof STEP_TEMPLATES)[number])(pick)}`).join('\n')}\n:::`,
    );
    parts.push(
      `## ${headings[2]}`,
      paragraph(2, 3),
      sample(LIST_ITEMS, between(3, 5))
        .map((item) => `- ${item}`)
        .join('\n'),
    );
    parts.push(`### ${headings[3]}`, paragraph(2, 3));
    parts.push(
      `## ${headings[4]}`,
      `${sentence()} See [${pick(['the guide on this', 'this related guide', 'how to fix it'])}](/guides/${realLink}/) and [${titles[ids.indexOf(syntheticLink)] ?? 'a related guide'}](/guides/${syntheticLink}/). ${sentence()}`,
    );
    parts.push(`## ${headings[5]}`, paragraph(2, 3));
    let body = parts.join('\n\n');
    while (countWords(body) < 560) body += `\n\n${paragraph(2, 3)}`;
    totalWords += countWords(body);

    const audience = sample(audiences, between(1, audiences.length));
    const edition = random() < 0.6 ? 'all' : `[${sample(editions, between(1, 4)).join(', ')}]`;
    const experiences = pick(['[lightning, classic]', '[lightning]', '[classic]']);
    const cited = sample(sources, between(1, 3));
    const description =
      `${title}: what causes it, how to check ${pick(SETTINGS)} and where ${pick(APPS)} takes the token.`.slice(0, 178);
    const frontmatter = [
      '---',
      `title: ${yamlString(title)}`,
      `description: ${yamlString(description.length >= 20 ? description : `${description} for Salesforce users.`)}`,
      `audience: [${audience.join(', ')}]`,
      `topic: ${pick(topics)}`,
      `clients: [${sample(clientIds, between(0, 3)).join(', ')}]`,
      'appliesTo:',
      `  editions: ${edition}`,
      `  experiences: ${experiences}`,
      `lastVerified: ${isoDate(between(0, 600))}`,
      `sources: [${cited.join(', ')}]`,
      `related: [${related.join(', ')}]`,
      `order: ${100 + i}`,
      '---',
    ].join('\n');
    await writeFile(path.join(guidesDir, `${id}.md`), `${frontmatter}\n\n${body}\n`);
  }
  return { ids, realGuideIds, totalWords };
}
