import { defineMdastPlugin } from 'satteri';
import { withBase } from '../url.ts';

/**
 * Authors link root-relative ("/guides/x/"); this prefixes the base path so the
 * same content works at "/" and under a sub-path such as "/help/".
 */
export function baseLinksPlugin(basePath: string) {
  return defineMdastPlugin({
    name: 'base-links',
    link(node, ctx) {
      const url = withBase(basePath, node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
