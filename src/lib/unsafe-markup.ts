/**
 * Raw HTML that content must not carry: it would run script or load other
 * pages under the site's name, and the CSP would block it in the browser
 * anyway, silently. Code (fenced blocks and `inline code`) may show it.
 */

export interface UnsafeMarkup {
  /** 1-based line in the text. */
  line: number;
  /** The offending markup, as written. */
  markup: string;
  what: string;
}

const RULES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*(script|style|iframe)\b[^>]*>?/gi, what: 'a raw <$1> element' },
  // On HTML elements (lower-case names); a component's props are not DOM attributes.
  { pattern: /<[a-z][\w-]*\b[^>]*?\s([oO][nN][a-zA-Z]+)\s*=/g, what: 'an $1 event-handler attribute' },
  { pattern: /javascript:[^\s)"'>]*/gi, what: 'a javascript: URL' },
];

/** Blanks code spans and fenced blocks, keeping line breaks so line numbers stay right. */
function withoutCode(text: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

export function findUnsafeMarkup(text: string): UnsafeMarkup[] {
  const prose = withoutCode(text);
  const found: UnsafeMarkup[] = [];
  for (const { pattern, what } of RULES) {
    for (const match of prose.matchAll(pattern)) {
      found.push({
        line: prose.slice(0, match.index).split('\n').length,
        markup: match[0].slice(0, 60),
        what: what.replace('$1', (match[1] ?? '').toLowerCase()),
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

export const UNSAFE_MARKUP_FIX =
  'Remove it: write the steps as text, show code in `backticks` or a fenced block, and link with [text](https://…). ' +
  'Use the components the page offers for anything interactive.';
