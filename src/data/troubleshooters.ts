import { getCollection, type CollectionEntry } from 'astro:content';
import { loadedTree, type LoadedTree, type Outcome, type Tree } from '../lib/troubleshooter/model';
import { MAX_TREE_PAGES, TREE_PROBLEMS_HEADING, verifyTree } from '../lib/troubleshooter/verify';
import { contentDir } from '../lib/content-dir';
import { throwBuildProblems } from '../lib/build-problems';
import { getClients, getGuides } from './guides';

/** A loaded tree, with its outcomes' collection entries for rendering their MDX bodies. */
export interface RenderableTree extends LoadedTree {
  /** The outcome entries by outcome id. */
  entries: Map<string, CollectionEntry<'outcomes'>>;
}

let verified: Promise<RenderableTree[]> | undefined;

/** Every troubleshooter, verified once per build; a problem fails the build naming the file, node and fix. */
export function getTroubleshooters(): Promise<RenderableTree[]> {
  verified ??= load();
  return verified;
}

async function load(): Promise<RenderableTree[]> {
  const [trees, outcomeEntries, guides, clients] = await Promise.all([
    getCollection('troubleshooters'),
    getCollection('outcomes'),
    getGuides(),
    getClients(),
  ]);
  const context = {
    guideIds: new Set(guides.map((guide) => guide.id)),
    clientIds: new Set(clients.map((client) => client.id)),
    maxPages: MAX_TREE_PAGES,
  };
  const treeIds = new Set(trees.map((entry) => entry.id));
  throwBuildProblems(
    'Outcomes outside a troubleshooter',
    outcomeEntries
      .filter((entry) => !treeIds.has(treeIdOf(entry)))
      .map((entry) => ({
        file: outcomeFile(entry),
        where: 'the whole file',
        message: `There is no troubleshooter "${treeIdOf(entry)}" for this outcome.`,
        fix: `Add content/troubleshooters/${treeIdOf(entry)}.yaml or move the file into an existing tree's folder.`,
      })),
  );
  const troubleshooters = trees.map((entry): RenderableTree => {
    const tree: Tree = {
      id: entry.id,
      file: entry.filePath ?? contentDir('troubleshooters', `${entry.id}.yaml`),
      ...entry.data,
    };
    const mine = outcomeEntries.filter((outcome) => treeIdOf(outcome) === entry.id);
    const outcomes = mine.map((outcome): Outcome => ({
      id: outcomeIdOf(outcome),
      file: outcomeFile(outcome),
      body: outcome.body ?? '',
      ...outcome.data,
    }));
    return {
      ...loadedTree(tree, outcomes),
      entries: new Map(mine.map((outcome) => [outcomeIdOf(outcome), outcome])),
    };
  });
  throwBuildProblems(
    TREE_PROBLEMS_HEADING,
    troubleshooters.flatMap((troubleshooter) => verifyTree(troubleshooter, context)),
  );
  return troubleshooters;
}

const treeIdOf = (entry: CollectionEntry<'outcomes'>) => entry.id.split('/')[0]!;
const outcomeIdOf = (entry: CollectionEntry<'outcomes'>) => entry.id.split('/').slice(1).join('/');
const outcomeFile = (entry: CollectionEntry<'outcomes'>) =>
  entry.filePath ?? contentDir('troubleshooters', `${entry.id}.mdx`);
