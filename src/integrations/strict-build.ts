/**
 * A build with warnings is a failed build. The default export is Astro's log
 * destination for this site (astro.config.mjs `logger`): it prints as Astro's
 * own Node logger does and remembers every warning and error from Astro, Vite
 * or a content loader. A loader that logs an error and carries on (the file()
 * loader does, on a YAML syntax error) would otherwise let the build go on
 * from the data cached by the last good build.
 *
 * The integration fails the build as soon as content has synced, if anything
 * was logged by then; anything logged later fails it when the process exits.
 * Astro loads the destination with a plain import(), so the syntax here stays
 * erasable TypeScript, and the list is shared through globalThis because the
 * config and the destination may be loaded as two module instances. A process
 * that runs several builds (the broken-content tests) takes each build's
 * complaints with takeComplaints instead of waiting for the exit.
 */
import nodeLogger from 'astro/logger/node';
import type { AstroIntegration, AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import { stripVTControlCharacters } from 'node:util';
import { sourceFileForRoute } from '../lib/routes.ts';
import { guideFileName } from '../lib/content-dir.ts';

const KEY = Symbol.for('security-token-help.build-complaints');
const store = globalThis as { [KEY]?: string[] };
const complaints = (store[KEY] ??= []);

const summary = () =>
  `The build logged ${complaints.length} warning(s) or error(s), and a build with warnings fails:\n` +
  complaints.map((line) => `- ${line}`).join('\n') +
  '\nFix: remove the cause of each message above; a build must print no [WARN] or [ERROR] lines.';

/**
 * The complaints of the build just run, as the CLI prints them when it exits (null if there were none),
 * and an empty list for the next build in this process.
 */
export function takeComplaints(): string | null {
  if (complaints.length === 0) return null;
  const text = summary();
  complaints.length = 0;
  return text;
}

const EXIT_KEY = Symbol.for('security-token-help.fail-on-exit');

/** Once per process: a build that logged complaints but would exit 0 prints them and exits 1. */
function failOnExit(): void {
  const flags = globalThis as { [EXIT_KEY]?: boolean };
  if (flags[EXIT_KEY]) return;
  flags[EXIT_KEY] = true;
  process.once('exit', (code) => {
    if (code !== 0 || complaints.length === 0) return;
    process.stderr.write(`\n${summary()}\n`);
    process.exitCode = 1;
  });
}

export default function strictLogger(config?: Record<string, unknown>): AstroLoggerDestination {
  const print = nodeLogger(config);
  failOnExit();
  return {
    write(event: AstroLoggerMessage) {
      print.write(event);
      if (event.level !== 'warn' && event.level !== 'error') return;
      const [first = ''] = stripVTControlCharacters(event.message).trim().split('\n');
      const source = contentFileRendered(first);
      if (source)
        print.write({ ...event, message: `The page comes from ${source}. Fix the error above in that file.` });
      complaints.push(
        `[${event.level.toUpperCase()}]${event.label ? ` [${event.label}]` : ''} ${first}${source ? ` (from ${source})` : ''}`,
      );
    },
  };
}

/** The content file of the page named in Astro's "Caught error rendering /…/" message, without the base path. */
function contentFileRendered(message: string): string | null {
  const route = /rendering \S*?(\/(?:guides|troubleshoot)\/\S*?\/)(?::|\s|$)/.exec(message)?.[1];
  return route ? sourceFileForRoute(route, guideFileName) : null;
}

export function strictBuildIntegration(): AstroIntegration {
  return {
    name: 'site:strict-build',
    hooks: {
      'astro:build:start': () => {
        if (complaints.length > 0) throw new Error(summary());
      },
    },
  };
}
