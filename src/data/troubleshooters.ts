import { getCollection, type CollectionEntry } from 'astro:content';
import type { Outcome, Tree } from '../lib/troubleshooter/model';
import { formatTreeProblems, MAX_PATH_PAGES, verifyTree } from '../lib/troubleshooter/verify';
import { contentDir } from '../lib/content-dir';
import { ContentError } from '../lib/content-problems';
import { getClients, getGuides } from './guides';

export interface Troubleshooter {
  tree: Tree;
  outcomes: Outcome[];
  /** The outcome entries by outcome id, for rendering their MDX bodies. */
  entries: Map<string, CollectionEntry<'outcomes'>>;
}

let verified: Promise<Troubleshooter[]> | undefined;

/** Every troubleshooter, verified once per build; a problem fails the build naming the file, node and fix. */
export function getTroubleshooters(): Promise<Troubleshooter[]> {
  verified ??= load();
  return verified;
}

async function load(): Promise<Troubleshooter[]> {
  const [trees, outcomeEntries, guides, clients] = await Promise.all([
    getCollection('troubleshooters'),
    getCollection('outcomes'),
    getGuides(),
    getClients(),
  ]);
  const known = {
    guideIds: new Set(guides.map((guide) => guide.id)),
    clientIds: new Set(clients.map((client) => client.id)),
    maxPaths: MAX_PATH_PAGES,
  };
  const treeIds = new Set(trees.map((entry) => entry.id));
  const orphans = outcomeEntries.filter((entry) => !treeIds.has(treeIdOf(entry)));
  if (orphans.length > 0) {
    throw new ContentError(
      orphans
        .map(
          (entry) =>
            `${entry.filePath}: no troubleshooter "${treeIdOf(entry)}" for this outcome. Fix: add content/troubleshooters/${treeIdOf(entry)}.yaml or move the file into an existing tree's folder.`,
        )
        .join('\n'),
    );
  }
  const troubleshooters = trees.map((entry): Troubleshooter => {
    const tree: Tree = {
      id: entry.id,
      file: entry.filePath ?? contentDir('troubleshooters', `${entry.id}.yaml`),
      ...entry.data,
    };
    const mine = outcomeEntries.filter((outcome) => treeIdOf(outcome) === entry.id);
    const outcomes = mine.map((outcome): Outcome => ({
      id: outcomeIdOf(outcome),
      file: outcome.filePath ?? contentDir('troubleshooters', `${outcome.id}.mdx`),
      body: outcome.body ?? '',
      ...outcome.data,
    }));
    return { tree, outcomes, entries: new Map(mine.map((outcome) => [outcomeIdOf(outcome), outcome])) };
  });
  const problems = troubleshooters.flatMap(({ tree, outcomes }) => verifyTree(tree, outcomes, known));
  if (problems.length > 0) throw new ContentError(formatTreeProblems(problems));
  return troubleshooters;
}

const treeIdOf = (entry: CollectionEntry<'outcomes'>) => entry.id.split('/')[0]!;
const outcomeIdOf = (entry: CollectionEntry<'outcomes'>) => entry.id.split('/').slice(1).join('/');
