import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { checkSourceRegistry, type Citer } from '../lib/registries/sources.ts';
import { throwBuildProblems } from '../lib/build-problems.ts';
import { CHANGES_FILE, changeEntryProblems, checkChangeReferences } from '../lib/registries/changes.ts';
import { clientTableIds } from '../lib/registries/client-tables.ts';
import { firstPaths } from '../lib/troubleshooter/paths.ts';
import { routes } from '../lib/routes.ts';
import { contentDir, guideFileName, guideFilePath } from '../lib/content-dir.ts';
import { getGuides } from './guides.ts';
import { getTroubleshooters } from './troubleshooters.ts';

export type SourceEntry = CollectionEntry<'sources'>;
export type ChangeEntry = CollectionEntry<'changes'>;

/** A page that cites a source or is about a change, as /sources/ and /changes/ link to it. */
export interface PageLink {
  label: string;
  href: string;
}

export interface Registries {
  sources: Map<string, SourceEntry['data']>;
  changes: Map<string, ChangeEntry['data']>;
  /** Source id to the published pages whose facts rest on it. */
  citedBy: Map<string, PageLink[]>;
  /** Change id to the published pages about it. */
  pagesAbout: Map<string, PageLink[]>;
}

let verified: Promise<Registries> | undefined;

/**
 * The source of a guide that can show client tables: only an MDX guide can hold a component. The data store keeps
 * no guide bodies (retainBody: false in checked-loaders.ts), so the body is read from the guide's file.
 */
async function componentSource(guideId: string): Promise<string> {
  const file = guideFilePath(guideId);
  return file.endsWith('.mdx') ? readFile(file, 'utf8') : '';
}

/** Both registries, checked once per build against every page that cites them. */
export function getRegistries(): Promise<Registries> {
  verified ??= load();
  return verified;
}

async function load(): Promise<Registries> {
  const [sourceEntries, changeEntries, allGuides, published, outcomeEntries, clients, troubleshooters] =
    await Promise.all([
      getCollection('sources'),
      getCollection('changes'),
      getCollection('guides'),
      getGuides(),
      getCollection('outcomes'),
      getCollection('clients'),
      getTroubleshooters(),
    ]);
  const guideFile = (guide: CollectionEntry<'guides'>) => guide.filePath ?? guideFileName(guide.id);
  const outcomeFile = (outcome: CollectionEntry<'outcomes'>) =>
    outcome.filePath ?? contentDir('troubleshooters', `${outcome.id}.mdx`);
  const citers: Citer[] = [
    ...allGuides.map((guide) => ({ file: guideFile(guide), sources: guide.data.sources })),
    ...outcomeEntries.map((outcome) => ({ file: outcomeFile(outcome), sources: outcome.data.sources })),
    ...clients.map((client) => ({
      file: contentDir('clients.yaml'),
      entry: client.id,
      sources: client.data.sources,
    })),
    ...changeEntries.map((change) => ({ file: CHANGES_FILE, entry: change.id, sources: change.data.sources })),
  ];
  const changes = new Map(changeEntries.map((entry) => [entry.id, entry.data]));
  const problems = [
    ...checkSourceRegistry(
      sourceEntries.map((entry) => entry.data),
      citers,
    ),
    ...changeEntries.flatMap((entry) => changeEntryProblems(entry.data)),
    ...checkChangeReferences(new Set(changes.keys()), [
      ...allGuides.map((guide) => ({ file: guideFile(guide), changes: guide.data.changes })),
      ...outcomeEntries.map((outcome) => ({ file: outcomeFile(outcome), changes: outcome.data.changes })),
    ]),
  ];
  throwBuildProblems('Sources or changes are cited wrongly', problems);

  // The published pages, each with the sources it cites and the changes it is about.
  const pages: { link: PageLink; sources: readonly string[]; changes: readonly string[] }[] = [];
  for (const guide of published) {
    pages.push({
      link: { label: guide.data.title, href: routes.guide(guide.id) },
      sources: guide.data.sources,
      changes: guide.data.changes,
    });
  }
  for (const troubleshooter of troubleshooters) {
    const { tree, entries } = troubleshooter;
    const first = firstPaths(troubleshooter);
    for (const [outcomeId, entry] of entries) {
      const segments = first.get(outcomeId);
      if (!segments) continue;
      pages.push({
        link: { label: `${entry.data.title} (${tree.title} result)`, href: routes.troubleshooter(tree.id, segments) },
        sources: entry.data.sources,
        changes: entry.data.changes,
      });
    }
  }
  const clientIds = clients.map((client) => client.id);
  for (const guide of published) {
    for (const clientId of clientTableIds(await componentSource(guide.id), clientIds)) {
      const client = clients.find((candidate) => candidate.id === clientId)!;
      pages.push({
        link: { label: `${guide.data.title} (client table: ${client.data.name})`, href: routes.guide(guide.id) },
        sources: client.data.sources,
        changes: [],
      });
    }
  }
  for (const entry of changeEntries) {
    pages.push({
      link: { label: `${entry.data.title} (change)`, href: `${routes.changes}#${entry.id}` },
      sources: entry.data.sources,
      changes: [],
    });
  }

  const citedBy = new Map<string, PageLink[]>(sourceEntries.map((entry) => [entry.id, []]));
  const pagesAbout = new Map<string, PageLink[]>(changeEntries.map((entry) => [entry.id, []]));
  // A page is listed once per source, under its first label (its own citation before a client table's).
  const addOnce = (links: PageLink[] | undefined, link: PageLink) => {
    if (links && !links.some((other) => other.href === link.href)) links.push(link);
  };
  for (const page of pages) {
    for (const id of page.sources) addOnce(citedBy.get(id), page.link);
    for (const id of page.changes) addOnce(pagesAbout.get(id), page.link);
  }
  return {
    sources: new Map(sourceEntries.map((entry) => [entry.id, entry.data])),
    changes,
    citedBy,
    pagesAbout,
  };
}

/** The day this build runs: the tense of every change notice follows it. */
export const BUILD_DATE = new Date();
