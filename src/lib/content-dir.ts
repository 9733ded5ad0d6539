import path from 'node:path';

/**
 * Where the content lives. CONTENT_DIR lets the tests build the site from a
 * copy of content/ with a broken file in it; everyone else uses content/.
 */
export function contentDir(...parts: string[]): string {
  const root = process.env.CONTENT_DIR ?? 'content';
  return path.join(root, ...parts);
}
