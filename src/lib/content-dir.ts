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

/** A guide's extension, "md" or "mdx": whichever file exists (only the disk knows). */
const guideExtension = (id: string) => (existsSync(contentDir('guides', `${id}.md`)) ? 'md' : 'mdx');

/** A guide's file as authors know it, content/guides/<id>.md or .mdx. */
export function guideFileName(id: string): string {
  return `content/guides/${id}.${guideExtension(id)}`;
}

/** A guide's file on disk, under CONTENT_DIR. */
export function guideFilePath(id: string): string {
  return contentDir('guides', `${id}.${guideExtension(id)}`);
}
