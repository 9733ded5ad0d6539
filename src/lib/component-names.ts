/**
 * The components an MDX body can use without importing them, by name, so the
 * build can name the file and the choices when a body uses another. The
 * components themselves are in src/components/mdx-components.ts and
 * src/components/troubleshooter/outcome-components.ts;
 * tests/unit/component-names.test.ts keeps these lists equal to them.
 */
import type { BuildProblem } from './build-problems.ts';

export const GUIDE_COMPONENTS = [
  'Callout',
  'Steps',
  'AppliesTo',
  'ClientTable',
  'Troubleshooter',
  'Tabs',
  'Tab',
  'TokenPlacementDiagram',
  'ResetOptionDiagram',
] as const;
export const OUTCOME_COMPONENTS = [...GUIDE_COMPONENTS, 'When', 'ResetSteps', 'TokenPlacement'] as const;

/** Capitalised tags in a body that are neither available nor imported by the body itself. */
export function unknownComponentProblems(
  body: string,
  file: string,
  firstLine: number,
  available: readonly string[],
): BuildProblem[] {
  const imported = new Set([...body.matchAll(/^import\s+(\w+)/gm)].map((match) => match[1]));
  return body.split('\n').flatMap((line, i) =>
    [...line.matchAll(/<([A-Z][\w.]*)/g)]
      .map((match) => match[1]!)
      .filter((name) => !available.includes(name) && !imported.has(name))
      .map((name) => ({
        file,
        where: `line ${firstLine + i}, <${name}>`,
        message: `<${name}> is not a component this page can use, so the build would stop while rendering it.`,
        fix: `Use one of: ${available.join(', ')}; or write plain Markdown.`,
      })),
  );
}
