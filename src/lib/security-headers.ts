/**
 * The `_headers` file that hosts such as Netlify and Cloudflare Pages read.
 * The pages carry their CSP in a <meta> tag, which cannot say everything:
 * frame-ancestors (refusing to be framed) works only as an HTTP header.
 * The header repeats the pages' own policy, taken from the built pages, so the
 * two cannot drift apart.
 */

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The CSP in a page's <meta> tag, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return META_CSP.exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The policy as a header: the same directives, tidied, plus frame-ancestors 'none'. */
export function headerPolicy(meta: string): string {
  const directives = meta
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

export function headersFile(basePath: string, policy: string): string {
  return [
    `${basePath.replace(/\/?$/, '/')}*`,
    `  Content-Security-Policy: ${headerPolicy(policy)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
