import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../lib/content-dir.ts';
import { formatStaleList, lastVerifiedOf, staleEntries, type Dated } from '../lib/registries/stale.ts';

async function guideDates(): Promise<Dated[]> {
  const dir = contentDir('guides');
  const files = (await readdir(dir, { recursive: true })).filter((name) => /\.mdx?$/.test(name));
  const dated: Dated[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const date = lastVerifiedOf(await readFile(file, 'utf8'));
    if (date) dated.push({ what: `${file} (lastVerified)`, date });
  }
  return dated;
}

async function sourceDates(): Promise<Dated[]> {
  const file = contentDir('sources.yaml');
  const entries = (parseYaml(await readFile(file, 'utf8')) ?? []) as { id?: unknown; checked?: unknown }[];
  return entries
    .map((entry) => ({
      what: `${file}: source "${String(entry.id)}" (checked)`,
      date: new Date(String(entry.checked)),
    }))
    .filter((entry) => !Number.isNaN(entry.date.getTime()));
}

/**
 * Prints, at the end of the build, the guides and sources whose facts were last
 * checked more than a year ago. A plain list on stdout, never a warning or a failure.
 * The dates are read when the build starts, while Astro bundles and renders.
 */
export function staleFactsIntegration(): AstroIntegration {
  let reading: Promise<Dated[]> | undefined;
  const readDates = async () => [...(await guideDates()), ...(await sourceDates())];
  return {
    name: 'site:stale-facts',
    hooks: {
      'astro:build:start': () => {
        reading = readDates();
        reading.catch(() => undefined);
      },
      'astro:build:done': async () => {
        const list = formatStaleList(staleEntries(await (reading ?? readDates()), new Date()));
        if (list) console.log(`\n${list}\n`);
      },
    },
  };
}
