/**
 * Reads a tree and its outcomes straight from the files, for scripts and
 * tests; the site reads the same files through its content collections.
 * Only the shape the model relies on is checked here: the schema in
 * src/content.config.ts is the full check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { AUDIENCES, keysOf, type Audience } from '../taxonomy.ts';
import { OUTCOME_KINDS, type Answer, type Outcome, type OutcomeKind, type Question, type Tree } from './model.ts';

export interface LoadedTree {
  tree: Tree;
  outcomes: Outcome[];
}

/** The ids of the trees in a directory: its `*.yaml` file names, sorted. */
export function listTreeIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** `<dir>/<treeId>.yaml` and the outcomes in `<dir>/<treeId>/*.mdx`. */
export function loadTreeFromDir(dir: string, treeId: string): LoadedTree {
  return {
    tree: readTree(path.join(dir, `${treeId}.yaml`), treeId),
    outcomes: readOutcomes(path.join(dir, treeId)),
  };
}

function readTree(file: string, id: string): Tree {
  const data = mapping(parseYaml(readFileSync(file, 'utf8'), file), file);
  return {
    id,
    file,
    title: text(data, 'title', file),
    question: text(data, 'question', file),
    description: text(data, 'description', file),
    audience: texts(data, 'audience', file).map((value) =>
      oneOf<Audience>(value, keysOf(AUDIENCES), `${file}: audience`),
    ),
    start: text(data, 'start', file),
    questions: list(data, 'questions', file).map((item, i) =>
      readQuestion(mapping(item, `${file}: questions[${i}]`), `${file}: questions[${i}]`),
    ),
  };
}

function readQuestion(data: Fields, where: string): Question {
  return {
    id: text(data, 'id', where),
    text: text(data, 'text', where),
    help: optionalText(data, 'help', where),
    answers: list(data, 'answers', where).map((item, i) =>
      readAnswer(mapping(item, `${where}.answers[${i}]`), `${where}.answers[${i}]`),
    ),
  };
}

function readAnswer(data: Fields, where: string): Answer {
  return {
    id: text(data, 'id', where),
    label: text(data, 'label', where),
    hint: optionalText(data, 'hint', where),
    next: text(data, 'next', where),
    sets: textRecord(data, 'sets', where),
    assumes: optionalText(data, 'assumes', where),
  };
}

function readOutcomes(dir: string): Outcome[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readOutcome(path.join(dir, name), name.slice(0, -'.mdx'.length)));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readOutcome(file: string, id: string): Outcome {
  const source = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${file}: start the file with frontmatter between --- lines.`);
  const data = mapping(parseYaml(match[1] ?? '', file), file);
  return {
    id,
    file,
    title: text(data, 'title', file),
    kind: oneOf<OutcomeKind>(text(data, 'kind', file), OUTCOME_KINDS, `${file}: kind`),
    related: texts(data, 'related', file),
    adminMessage: optionalText(data, 'adminMessage', file),
    userReply: optionalText(data, 'userReply', file),
    body: source.slice(match[0].length),
  };
}

type Fields = Readonly<Record<string, unknown>>;

function parseYaml(source: string, file: string): unknown {
  try {
    return parse(source);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function mapping(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: expected a mapping of keys to values.`);
  return value as Fields;
}

function text(data: Fields, key: string, where: string): string {
  const value = data[key];
  if (typeof value !== 'string') throw new Error(`${where}: "${key}" must be text.`);
  return value;
}

function optionalText(data: Fields, key: string, where: string): string | undefined {
  return data[key] === undefined ? undefined : text(data, key, where);
}

function list(data: Fields, key: string, where: string): unknown[] {
  const value = data[key] ?? [];
  if (!Array.isArray(value)) throw new Error(`${where}: "${key}" must be a list.`);
  return value;
}

function texts(data: Fields, key: string, where: string): string[] {
  return list(data, key, where).map((value) => {
    if (typeof value !== 'string') throw new Error(`${where}: "${key}" must be a list of text.`);
    return value;
  });
}

function textRecord(data: Fields, key: string, where: string): Record<string, string> {
  const entries = Object.entries(mapping(data[key] ?? {}, `${where}: ${key}`));
  for (const [name, value] of entries) {
    if (typeof value !== 'string') throw new Error(`${where}: "${key}.${name}" must be text.`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], where: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`${where}: "${value}" is not one of ${allowed.join(', ')}.`);
  return found;
}
