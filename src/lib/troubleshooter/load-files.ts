/**
 * Reads a tree and its outcomes straight from the files, for scripts and
 * tests: parse the YAML, then run the same schemas the site's content
 * collections use (src/lib/content-schema.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { outcomeSchema, treeSchema } from '../content-schema.ts';
import { problemsError, throwBuildProblems } from '../build-problems.ts';
import { yamlSyntaxProblems } from '../yaml-list.ts';
import { splitFrontmatter } from '../guide-source.ts';
import { parseWithFriendlyErrors } from '../schema-errors.ts';
import { loadedTree, type LoadedTree, type Outcome, type Tree } from './model.ts';

/** The ids of the trees in a directory: its `*.yaml` file names, sorted. */
export function listTreeIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** `<dir>/<treeId>.yaml` and the outcomes in `<dir>/<treeId>/*.mdx`, loaded once. */
export function loadTreeFromDir(dir: string, treeId: string): LoadedTree {
  return loadedTree(readTree(path.join(dir, `${treeId}.yaml`), treeId), readOutcomes(path.join(dir, treeId)));
}

function readTree(file: string, id: string): Tree {
  return { id, file, ...parseWithFriendlyErrors(treeSchema, parseYaml(readFileSync(file, 'utf8'), file), file) };
}

function readOutcomes(dir: string): Outcome[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readOutcome(path.join(dir, name), name.slice(0, -'.mdx'.length)));
}

function readOutcome(file: string, id: string): Outcome {
  const parts = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!parts) {
    const fix = 'Start the file with frontmatter between --- lines.';
    throw problemsError(`${file} cannot be read`, [
      { file, where: 'the whole file', message: 'The file has no frontmatter.', fix },
    ]);
  }
  return {
    id,
    file,
    ...parseWithFriendlyErrors(outcomeSchema, parseYaml(parts.frontmatter, file), file),
    body: parts.body,
  };
}

function parseYaml(source: string, file: string): unknown {
  throwBuildProblems(`${file} cannot be read`, yamlSyntaxProblems(source, file));
  return parse(source);
}
