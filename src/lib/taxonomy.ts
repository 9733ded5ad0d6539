/**
 * Every fixed vocabulary of the site, with the labels readers see: the content
 * schema, the checks, the pages and search take them from here.
 */

export const AUDIENCES = {
  user: 'People connecting an app',
  admin: 'Salesforce admins',
  developer: 'Developers',
} as const;

export const TOPICS = {
  basics: { label: 'Security token basics', summary: 'What the token is, when you need one and where it goes.' },
  'getting-a-token': {
    label: 'Getting a new token',
    summary: 'Resetting the token and finding the email it arrives in.',
  },
  'cant-reset': { label: "When you can't reset", summary: 'Why the reset option is missing and what to use instead.' },
  admin: { label: 'For admins', summary: 'The settings that decide who needs a token and who can reset one.' },
  errors: { label: 'Error messages', summary: 'What each login error means and how to fix it.' },
  oauth: {
    label: 'Moving off password + token',
    summary: 'Retirements, blocked flows and the OAuth flows to use instead.',
  },
} as const;

export const EDITIONS = {
  essentials: 'Essentials',
  'contact-manager': 'Contact Manager',
  group: 'Group',
  professional: 'Professional',
  enterprise: 'Enterprise',
  performance: 'Performance',
  unlimited: 'Unlimited',
  developer: 'Developer',
  'database-com': 'Database.com',
} as const;

export const EXPERIENCES = {
  lightning: 'Lightning Experience',
  classic: 'Salesforce Classic',
} as const;

/** How a client takes the security token. */
export const TOKEN_PLACEMENTS = {
  appended: 'Appended to the password',
  'separate-field': 'In a separate field',
  either: 'A separate field, or appended to the password',
  none: 'No token: signs in with OAuth',
} as const;

export const PUBLISHERS = {
  salesforce: 'Salesforce',
  'salesforce-mirror': 'Salesforce text, checked through a public copy',
  'third-party': 'Third party',
} as const;

/** What an outcome means for the reader, and its badge; "ask your admin" and escalations are never called a fix. */
export const OUTCOME_KINDS = {
  fix: 'The fix',
  'no-token-needed': 'No token needed',
  'use-mfa-code': 'Use your authenticator code',
  'ask-admin': 'Ask your admin',
  blocked: 'Blocked here',
  'not-available': 'Not available',
  escalate: 'More to try',
} as const;

/** What kind of thing a client in content/clients.yaml is. */
export const CLIENT_KINDS = {
  api: 'API',
  tool: 'Tool',
  library: 'Library',
  app: 'App',
  driver: 'Driver',
} as const;

/**
 * The facts a troubleshooter answer can set (`sets:`) and an outcome can test
 * (`<When client="…">`), with what each names.
 */
export const FACTS = {
  client: 'The client the reader connects with: an id from content/clients.yaml',
  experience: `The Salesforce experience: ${Object.keys(EXPERIENCES).join(' or ')}`,
} as const;

export type Audience = keyof typeof AUDIENCES;
export type Topic = keyof typeof TOPICS;
export type Edition = keyof typeof EDITIONS;
export type Experience = keyof typeof EXPERIENCES;
export type OutcomeKind = keyof typeof OUTCOME_KINDS;
export type FactName = keyof typeof FACTS;

export const keysOf = <T extends object>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
