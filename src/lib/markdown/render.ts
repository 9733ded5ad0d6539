import { markdownToHtml } from 'satteri';
import { baseLinksPlugin } from './base-links.ts';

/**
 * Renders a Markdown string from content data (help texts, client notes), with
 * links the way guide bodies get them (data text has no callouts, steps or headings to add).
 */
export function renderMarkdown(text: string, basePath: string, options: { inline?: boolean } = {}): string {
  const { html } = markdownToHtml(text, { mdastPlugins: [baseLinksPlugin(basePath)] });
  if (!options.inline) return html;
  const single = /^<p>([\s\S]*)<\/p>\s*$/.exec(html.trim());
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}
