import { getCollection, type CollectionEntry } from 'astro:content';
import { checkGuideReferences } from '../lib/guide-references.ts';
import { guideFileName } from '../lib/content-dir.ts';
import { throwBuildProblems } from '../lib/build-problems.ts';

export type Guide = CollectionEntry<'guides'>;
export type Client = CollectionEntry<'clients'>;

let verified: Promise<Guide[]> | undefined;

/** Published guides (drafts too in `astro dev`), with their cross-file references checked once per build. */
export function getGuides(): Promise<Guide[]> {
  verified ??= (async () => {
    const all = await getCollection('guides');
    const guides = all.filter((guide) => import.meta.env.DEV || !guide.data.draft);
    const clients = await getCollection('clients');
    const drafts = new Set(all.filter((guide) => !guides.includes(guide)).map((guide) => guide.id));
    const problems = checkGuideReferences(
      guides.map((guide) => ({
        id: guide.id,
        file: guide.filePath ?? guideFileName(guide.id),
        related: guide.data.related,
        clients: guide.data.clients,
      })),
      new Set(clients.map((client) => client.id)),
      drafts,
    );
    throwBuildProblems('Guide frontmatter points at something that does not exist', problems);
    return guides;
  })();
  return verified;
}

export async function getClients(): Promise<Client[]> {
  return getCollection('clients');
}
