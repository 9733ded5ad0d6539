/**
 * The components an MDX body can use without importing them, by name, so the
 * build can name the file and the choices when a body uses another. The
 * components themselves are in src/components/mdx-components.ts and
 * src/components/troubleshooter/outcome-components.ts;
 * tests/unit/component-names.test.ts keeps these lists equal to them.
 */
import type { BuildProblem } from './build-problems.ts';
import { DIRECTIVES_WRITTEN } from './markdown/directives.ts';

const MARKDOWN_WAYS = `callouts and steps are ${DIRECTIVES_WRITTEN}`;

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

/** The capitalised tags in a body, with their line in the file. */
function componentTags(body: string, firstLine: number): { name: string; line: number }[] {
  return body
    .split('\n')
    .flatMap((text, i) =>
      [...text.matchAll(/<([A-Z][\w.]*)/g)].map((match) => ({ name: match[1]!, line: firstLine + i })),
    );
}

/** Capitalised tags in an MDX body that are neither available nor imported by the body itself. */
export function unknownComponentProblems(
  body: string,
  file: string,
  firstLine: number,
  available: readonly string[],
): BuildProblem[] {
  const imported = new Set([...body.matchAll(/^import\s+(\w+)/gm)].map((match) => match[1]));
  return componentTags(body, firstLine)
    .filter(({ name }) => !available.includes(name) && !imported.has(name))
    .map(({ name, line }) => ({
      file,
      where: `line ${line}, <${name}>`,
      message: `<${name}> is not a component this page can use, so the build would stop while rendering it.`,
      fix: `Use one of: ${available.join(', ')}; or write plain Markdown (${MARKDOWN_WAYS}).`,
    }));
}

/** Every capitalised tag in a Markdown (.md) body: components render only in MDX. */
export function markdownComponentProblems(body: string, file: string, firstLine: number): BuildProblem[] {
  return componentTags(body, firstLine).map(({ name, line }) => ({
    file,
    where: `line ${line}, <${name}>`,
    message: `<${name}> is a component, and components work only in .mdx files: in this .md file it would show as stray markup.`,
    fix: `Rename the file to .mdx, or write it as Markdown (${MARKDOWN_WAYS}).`,
  }));
}
