/**
 * What a reader typed, read the way they meant it: error codes as pasted
 * (quotes, colons, trailing punctuation, any case, inside a longer message),
 * and the words that carry meaning once question and stop words are dropped.
 */
import { queryWords } from './noise.ts';

/**
 * Words that say how a question is asked rather than what it is about. Dropped
 * only when a query finds too little, so "not" or "can" still count when all
 * the words match.
 */
const STOP_WORDS = new Set(
  (
    'a about after again all am an and any are as at be been before being but by can cannot cant could did do does ' +
    'didnt doesnt dont arent havent hasnt couldnt wouldnt shouldnt for from get getting got had has have having he her here how i if im in into is isnt it its ' +
    'ive just me my myself no not of on once only or our out over please should so some still than that the ' +
    'their them then there these they this those through to too up us use used using very was wasnt we were ' +
    'what when where which while who why will with wont would you your yours'
  ).split(' '),
);

/** An error code such as LOGIN_MUST_USE_SECURITY_TOKEN or invalid_grant: letters in parts joined by underscores. */
const ERROR_CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** The query as Pagefind should see it: lower case, apostrophes closed up, punctuation and quotes gone. */
export function cleanQuery(query: string): string {
  return queryWords(query.replace(/['’]/g, '')).join(' ');
}

/** The error codes in a query, in the order typed. */
export function errorCodes(query: string): string[] {
  return queryWords(query).filter((word) => ERROR_CODE.test(word));
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The words of a cleaned query that carry meaning, each once (a single letter carries none, and would match every word it starts). */
export function contentWords(cleaned: string): string[] {
  return [...new Set(cleaned.split(' ').filter((word) => word.length > 1 && !isStopWord(word)))];
}

/** Endings a typed word may add to an indexed word and still be the same word ("tokens", "resetting"). */
const ENDINGS = ['s', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'ly', 'ment', 'ments', 'ion', 'ions', 'ation', 'able'];

/**
 * Whether a typed word is a word of the site: in the vocabulary, the start of
 * one (still typing), or one with a common ending added.
 */
export function isKnownWord(word: string, vocabulary: readonly string[]): boolean {
  return vocabulary.some(
    (known) =>
      known === word ||
      (word.length >= 3 && known.startsWith(word)) ||
      (word.startsWith(known) && ENDINGS.includes(word.slice(known.length))) ||
      (word.startsWith(known.slice(0, -1)) && known.endsWith('e') && ENDINGS.includes(word.slice(known.length - 1))),
  );
}

/**
 * Whether a typed word shows among the words search marked in its results
 * (the same word, or one with a common ending). A word that does not may be a
 * typo that Pagefind matched by a short prefix.
 */
export function isSeenIn(word: string, marked: ReadonlySet<string>): boolean {
  return marked.has(word) || isKnownWord(word, [...marked]) || [...marked].some((found) => isKnownWord(found, [word]));
}
