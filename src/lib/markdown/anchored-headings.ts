import Slugger from 'github-slugger';
import { defineMdastPlugin } from 'satteri';

/**
 * Gives every heading in a body its id (the slug Astro would give it, so the table of contents agrees), and puts a
 * link to itself beside each `##` and `###` heading, for readers who want to share a section. The link sits outside
 * the heading so the heading's text (its name, the table of contents, search) stays exactly what the author wrote.
 * A factory: each document gets its own slugger, so repeated headings get -1, -2 as Astro numbers them.
 */
export const anchoredHeadingsPlugin = () => {
  const slugger = new Slugger();
  return defineMdastPlugin({
    name: 'anchored-headings',
    heading(node, ctx) {
      const id = slugger.slug(ctx.textContent(node));
      ctx.setProperty(node, 'data', { ...node.data, hProperties: { id } });
      if (node.depth !== 2 && node.depth !== 3) return;
      ctx.wrapNode(node, {
        type: 'anchoredHeading',
        data: {
          hName: 'div',
          hProperties: { className: ['anchored-heading', `anchored-heading--h${node.depth}`] },
        },
        children: [
          {
            type: 'link',
            url: `#${id}`,
            data: {
              hProperties: {
                className: ['heading-anchor'],
                ariaLabelledBy: `heading-anchor-label ${id}`,
                dataPagefindIgnore: '',
              },
            },
            children: [{ type: 'text', value: '#' }],
          },
        ],
      });
    },
  });
};
