// From Astro's config module rather than 'astro:content', whose runtime (about 65 modules) the content sync would
// otherwise load through Vite before it can start: 0.4 to 0.7 s of every build on 2 cores. Same function.
import { defineCollection } from 'astro/content/config';
import { contentDir } from './lib/content-dir';
import { changeSchema, clientSchema, guideSchema, outcomeSchema, sourceSchema, treeSchema } from './lib/content-schema';
import { guidesLoader, outcomesLoader, treesLoader, yamlListLoader } from './data/checked-loaders';

// The schemas are the content model, in src/lib/content-schema.ts; here each meets its files.
export const collections = {
  guides: defineCollection({ loader: guidesLoader(contentDir('guides')), schema: guideSchema }),
  clients: defineCollection({ loader: yamlListLoader(contentDir('clients.yaml')), schema: clientSchema }),
  troubleshooters: defineCollection({ loader: treesLoader(contentDir('troubleshooters')), schema: treeSchema }),
  outcomes: defineCollection({ loader: outcomesLoader(contentDir('troubleshooters')), schema: outcomeSchema }),
  sources: defineCollection({ loader: yamlListLoader(contentDir('sources.yaml')), schema: sourceSchema }),
  changes: defineCollection({ loader: yamlListLoader(contentDir('changes.yaml')), schema: changeSchema }),
};
