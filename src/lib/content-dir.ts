import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the content lives. CONTENT_DIR lets the tests build the site from a
 * copy of content/ with a broken file in it; everyone else uses content/.
 */
export function contentDir(...parts: string[]): string {
  const root = process.env.CONTENT_DIR ?? 'content';
  return path.join(root, ...parts);
}

/** A guide's file as authors know it, content/guides/<id>.md or .mdx: whichever exists. */
export function guideFileName(id: string): string {
  const extension = existsSync(contentDir('guides', `${id}.md`)) ? 'md' : 'mdx';
  return `content/guides/${id}.${extension}`;
}
