/**
 * The `_headers` file that hosts such as Netlify and Cloudflare Pages read.
 * The pages carry their CSP in a <meta> tag, which cannot say everything:
 * frame-ancestors (refusing to be framed) works only as an HTTP header.
 *
 * A browser enforces the header's policy and the page's own together, so the
 * header must not restrict what a page's policy allows. Script and style hashes
 * differ from page to page, so the header leaves scripts and styles (and
 * default-src, their fallback) to each page's <meta>, and repeats every other
 * directive the built pages share, taken from them so the two cannot drift.
 */

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The CSP in a page's <meta> tag, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return META_CSP.exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const LEFT_TO_THE_PAGE = new Set(['default-src', 'script-src', 'style-src']);

const directivesOf = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** The header's policy: the directives every page carries alike, less scripts and styles, plus frame-ancestors 'none'. */
export function headerPolicy(pagePolicies: readonly string[]): string {
  const [first = '', ...others] = pagePolicies;
  const shared = directivesOf(first).filter(
    (directive) =>
      !LEFT_TO_THE_PAGE.has(directive.split(' ')[0]!) &&
      others.every((policy) => directivesOf(policy).includes(directive)),
  );
  return [...shared, "frame-ancestors 'none'"].join('; ');
}

export function headersFile(basePath: string, pagePolicies: readonly string[]): string {
  return [
    `${basePath.replace(/\/?$/, '/')}*`,
    `  Content-Security-Policy: ${headerPolicy(pagePolicies)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
