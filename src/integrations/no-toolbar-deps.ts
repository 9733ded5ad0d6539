/** What Astro has Vite pre-bundle for the dev toolbar's code in the browser. */
const TOOLBAR_DEPS = new Set([
  'astro > aria-query',
  'astro > axobject-query',
  'astro > html-escaper',
  'astro/runtime/client/dev-toolbar/entrypoint.js',
]);

/** The part of a Vite environment's options this plugin changes (Vite's own types come with Astro, not this project). */
interface EnvironmentOptions {
  optimizeDeps?: { include?: string[] };
}

/**
 * A Vite plugin that keeps Vite from pre-bundling the dev toolbar's browser dependencies. Astro asks for them in
 * every dev server, including the one `astro build` starts for its content sync, and the build waits while they are
 * bundled: about 0.3 to 0.6 s on 2 cores. The toolbar is off (devToolbar in astro.config.mjs), so no page imports them.
 */
export const noToolbarDeps = {
  name: 'site:no-toolbar-deps',
  enforce: 'post' as const,
  configEnvironment(name: string, options: EnvironmentOptions): void {
    if (name !== 'client' || !options.optimizeDeps?.include) return;
    options.optimizeDeps.include = options.optimizeDeps.include.filter((id) => !TOOLBAR_DEPS.has(id));
  },
};
