/**
 * Astro's loaders with the source checks of src/lib run first: a problem
 * stops the content sync, before anything is bundled or rendered, so a
 * broken file fails the build early and never falls back to cached data.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader } from 'astro/loaders';
import { throwBuildProblems, type BuildProblem } from '../lib/build-problems.ts';
import { duplicateIdProblems, yamlListProblems, yamlSyntaxProblems } from '../lib/yaml-list.ts';
import { OUTCOME_COMPONENTS } from '../lib/component-names.ts';
import {
  bodyProblems,
  frontmatterSyntaxProblems,
  guideFileNameProblems,
  guideSourceProblems,
  splitFrontmatter,
} from '../lib/guide-source.ts';

type Check = (root: URL) => Promise<BuildProblem[]>;

function checked(inner: Loader, what: string, check: Check): Loader {
  return {
    ...inner,
    load: async (context) => {
      throwBuildProblems(`${what} cannot be used`, await check(context.config.root));
      await inner.load(context);
    },
  };
}

const folder = (dir: string, root: URL) => new URL(`${dir.replace(/\/?$/, '/')}`, root);

async function filesIn(dir: string, root: URL, pattern: RegExp): Promise<{ name: string; source: string }[]> {
  const names = (await readdir(folder(dir, root), { recursive: true })).filter((name) => pattern.test(name));
  return Promise.all(
    names.sort().map(async (name) => ({ name, source: await readFile(new URL(name, folder(dir, root)), 'utf8') })),
  );
}

/** A YAML file holding a list of entries with ids: syntax (with line and column), shape, duplicate ids. */
export function yamlListLoader(path: string): Loader {
  return checked(file(path), path, async (root) => {
    const source = await readFile(fileURLToPath(new URL(path, root)), 'utf8');
    return [...yamlListProblems(source, path), ...duplicateIdProblems(source, path)];
  });
}

/**
 * content/guides/: file names, then each file's date, body, headings and raw HTML. The data store keeps each guide's
 * data and rendered page, not its source: at a thousand guides the sources were a third of the store, which the
 * build bundles and every page generation imports (the few readers of a source read its file).
 */
export function guidesLoader(dir: string): Loader {
  return checked(glob({ pattern: '**/*.{md,mdx}', base: dir, retainBody: false }), 'The guides', async (root) => {
    const names = (await readdir(folder(dir, root), { recursive: true })).filter((name) =>
      /\.(mdx|md|markdown)$/i.test(name),
    );
    const today = new Date();
    return [
      ...guideFileNameProblems(names, dir),
      ...(await filesIn(dir, root, /\.mdx?$/)).flatMap(({ name, source }) =>
        guideSourceProblems(source, `${dir}/${name}`, today),
      ),
    ];
  });
}

/** The trees' YAML files: empty files and syntax errors, with line and column. */
export function treesLoader(dir: string): Loader {
  return checked(glob({ pattern: '*.yaml', base: dir }), 'The troubleshooters', async (root) =>
    (await filesIn(dir, root, /^[^/]+\.yaml$/)).flatMap(({ name, source }) =>
      yamlSyntaxProblems(source, `${dir}/${name}`),
    ),
  );
}

/** The outcomes' MDX files: body, headings and raw HTML, as for guides. */
export function outcomesLoader(dir: string): Loader {
  return checked(glob({ pattern: '*/*.mdx', base: dir }), 'The troubleshooter outcomes', async (root) =>
    (await filesIn(dir, root, /^[^/]+\/[^/]+\.mdx$/)).flatMap(({ name, source }) => {
      const parts = splitFrontmatter(source);
      if (!parts) return [];
      const file = `${dir}/${name}`;
      const syntax = frontmatterSyntaxProblems(parts.frontmatter, file);
      return syntax.length > 0 ? syntax : bodyProblems(parts.body, file, parts.bodyLine, OUTCOME_COMPONENTS);
    }),
  );
}
