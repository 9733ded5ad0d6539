import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, metaPolicy } from '../lib/security-headers.ts';

/** Writes _headers (see src/lib/security-headers.ts) into the built site, from the policy every page carries. */
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
        const policies = new Map<string, string[]>();
        for (const page of pages) {
          const policy = metaPolicy(await readFile(path.join(root, page), 'utf8')) ?? '(none)';
          policies.set(policy, [...(policies.get(policy) ?? []), page]);
        }
        const [only, ...others] = policies.keys();
        if (!only || others.length > 0 || only === '(none)')
          throw new Error(
            `The built pages carry ${policies.size} different content security policies, so one _headers rule cannot ` +
              `repeat them:\n${[...policies].map(([policy, files]) => `- ${files[0]} (and ${files.length - 1} more): ${policy.slice(0, 120)}`).join('\n')}\n` +
              'Fix: keep every inline script and style in the layout (one policy for the site), or write _headers per page.',
          );
        await writeFile(path.join(root, '_headers'), headersFile(basePath, only));
        logger.info('_headers written with the pages’ content security policy and frame-ancestors.');
      },
    },
  };
}
