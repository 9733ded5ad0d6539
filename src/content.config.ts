import { defineCollection } from 'astro:content';
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
