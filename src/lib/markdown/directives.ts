import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastVisitorContext, type Position } from 'satteri';
import type { BuildProblem } from '../build-problems.ts';

/** The callout kinds a body can open with `:::note[Title]` … `:::`, and the title each shows when none is given. */
export const CALLOUT_TITLES = { note: 'Note', important: 'Important', warning: 'Warning' } as const;
export type CalloutType = keyof typeof CALLOUT_TITLES;

/** Every container directive a guide or outcome body can use; `:::steps` wraps a numbered list. */
export const DIRECTIVES: readonly string[] = [...Object.keys(CALLOUT_TITLES), 'steps'];

/** The directives as an author writes them, for messages: ":::note, :::important, :::warning, :::steps". */
export const DIRECTIVES_WRITTEN = DIRECTIVES.map((name) => `:::${name}`).join(', ');

const isCallout = (name: string): name is CalloutType => Object.hasOwn(CALLOUT_TITLES, name);

/** A node's text as the author wrote it. */
const sourceOf = (node: Readonly<{ position?: Position | undefined }>, ctx: MdastVisitorContext) =>
  ctx.source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

/**
 * Renders `:::note`, `:::important`, `:::warning` and `:::steps` as the page's callout and steps markup (the
 * HTML Callout.astro writes), in Markdown and MDX alike. Any other colon syntax goes back to the author's
 * text: with directives on, Sätteri reads "10:30" or "Error:INVALID_LOGIN" as text directives, which would
 * otherwise vanish from the page. The guide checks reject unknown `:::` names first, naming the line; the
 * error here is for bodies those checks do not read.
 */
export const directivesPlugin = defineMdastPlugin({
  name: 'directives',
  options: { position: true },
  containerDirective(node, ctx) {
    if (node.name === 'steps') {
      ctx.replaceNode(node, {
        type: 'steps',
        data: { hName: 'div', hProperties: { className: ['steps'] } },
        children: node.children,
      });
      return;
    }
    if (!isCallout(node.name)) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'A Markdown body';
      throw new Error(
        `${file}, line ${node.position?.start.line ?? '?'}: ":::${node.name}" is not a directive a page can use. ` +
          `Fix: use one of ${DIRECTIVES_WRITTEN}.`,
      );
    }
    const [first, ...rest] = node.children;
    const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
    ctx.replaceNode(node, {
      type: 'callout',
      data: { hName: 'div', hProperties: { className: ['callout', `callout--${node.name}`], role: 'note' } },
      children: [
        {
          type: 'paragraph',
          data: { hProperties: { className: ['callout__title'] } },
          children: label ? label.children : [{ type: 'text', value: CALLOUT_TITLES[node.name] }],
        },
        {
          type: 'calloutBody',
          data: { hName: 'div', hProperties: { className: ['callout__body'] } },
          children: label ? rest : node.children,
        },
      ],
    });
  },
  leafDirective: (node, ctx) => ({ type: 'paragraph', children: [{ type: 'text', value: sourceOf(node, ctx) }] }),
  textDirective: (node, ctx) => ({ type: 'text', value: sourceOf(node, ctx) }),
});

/**
 * The `:::` lines of a body as written, outside fenced code: names no page knows, directives never closed (the
 * rest of the page would end up inside them), and closing lines that close nothing. `firstLine` is the body's line in the file.
 */
export function directiveProblems(body: string, file: string, firstLine: number): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const open: { fence: string; name: string; line: number }[] = [];
  let code: string | undefined;
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const marker = /^\s*(```|~~~)/.exec(text)?.[1];
    if (marker) code = code === marker ? undefined : (code ?? marker);
    if (code) return;
    const match = /^ {0,3}(:{3,})(.*?)\s*$/.exec(text);
    if (!match) return;
    const [, fence = '', rest = ''] = match;
    if (rest === '') {
      if (open.length > 0 && fence.length >= open.at(-1)!.fence.length) open.pop();
      else
        problems.push({
          file,
          where: `line ${line}, ${fence}`,
          message: `"${fence}" closes nothing here, so it would show on the page as text.`,
          fix: 'Remove it, or open a directive before it (:::note, :::steps, …) with as many colons or fewer.',
        });
      return;
    }
    const name = /^[A-Za-z][\w-]*/.exec(rest)?.[0] ?? rest;
    open.push({ fence, name, line });
    if (!DIRECTIVES.includes(name))
      problems.push({
        file,
        where: `line ${line}, ${fence}${name}`,
        message: `"${fence}${name}" is not a directive a page can use, so its content would vanish from the page.`,
        fix: `Use one of ${DIRECTIVES_WRITTEN}, written right after the colons.`,
      });
  });
  for (const { fence, name, line } of open)
    problems.push({
      file,
      where: `line ${line}, ${fence}${name}`,
      message: `"${fence}${name}" is never closed, so everything after it would be inside it.`,
      fix: `Add a line with only ${fence} where it ends.`,
    });
  return problems;
}
