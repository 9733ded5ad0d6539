import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, metaPolicy } from '../lib/security-headers.ts';

/** Writes _headers (see src/lib/security-headers.ts) into the built site, from the policies the pages carry. */
export function securityHeadersIntegration(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'site:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const policies: string[] = [];
        for (const page of pages) {
          const policy = metaPolicy(await readFile(path.join(root, page), 'utf8'));
          if (!policy)
            throw new Error(
              `${page} carries no content security policy. Fix: build every page with the site layout, which adds it.`,
            );
          policies.push(policy);
        }
        await writeFile(path.join(root, '_headers'), headersFile(basePath, policies));
        logger.info('_headers written: the directives every page shares, plus frame-ancestors.');
      },
    },
  };
}
