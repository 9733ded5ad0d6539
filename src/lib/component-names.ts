/**
 * The components an MDX body can use without importing them, by name, so the
 * build can name the file and the choices when a body uses another. The
 * components themselves are in src/components/mdx-components.ts and
 * src/components/troubleshooter/outcome-components.ts;
 * tests/unit/component-names.test.ts keeps these lists equal to them.
 */
import type { BuildProblem } from './build-problems.ts';
import { DIRECTIVES } from './markdown/directives.ts';

const MARKDOWN_WAYS = `callouts and steps are ${DIRECTIVES.map((name) => `:::${name}`).join(', ')}`;

export const GUIDE_COMPONENTS = [
  'AppliesTo',
  'ClientTable',
  'Troubleshooter',
  'Tabs',
  'Tab',
  'TokenPlacementDiagram',
  'ResetOptionDiagram',
] as const;
export const OUTCOME_COMPONENTS = [...GUIDE_COMPONENTS, 'When', 'ResetSteps', 'TokenPlacement'] as const;

/** Capitalised tags in a body that are neither available nor imported by the body itself. A Markdown (.md) body has none available. */
export function unknownComponentProblems(
  body: string,
  file: string,
  firstLine: number,
  available: readonly string[],
): BuildProblem[] {
  const markdown = file.endsWith('.md');
  const imported = new Set([...body.matchAll(/^import\s+(\w+)/gm)].map((match) => match[1]));
  return body.split('\n').flatMap((line, i) =>
    [...line.matchAll(/<([A-Z][\w.]*)/g)]
      .map((match) => match[1]!)
      .filter((name) => markdown || (!available.includes(name) && !imported.has(name)))
      .map((name) => ({
        file,
        where: `line ${firstLine + i}, <${name}>`,
        ...(markdown
          ? {
              message: `<${name}> is a component, and components work only in .mdx files: in this .md file it would show as stray markup.`,
              fix: `Rename the file to .mdx, or write it as Markdown (${MARKDOWN_WAYS}).`,
            }
          : {
              message: `<${name}> is not a component this page can use, so the build would stop while rendering it.`,
              fix: `Use one of: ${available.join(', ')}; or write plain Markdown (${MARKDOWN_WAYS}).`,
            }),
      })),
  );
}
