import type { AstroIntegration } from 'astro';

/** What Astro has Vite pre-bundle for the dev toolbar's code in the browser. */
const TOOLBAR_DEPS = new Set([
  'astro > aria-query',
  'astro > axobject-query',
  'astro > html-escaper',
  'astro/runtime/client/dev-toolbar/entrypoint.js',
]);

/**
 * Keeps Vite from pre-bundling the dev toolbar's browser dependencies. Astro asks for them in every dev server,
 * including the one `astro build` starts for its content sync, and the build waits while they are bundled: about
 * 0.3 to 0.6 s on 2 cores. The toolbar is off (devToolbar in astro.config.mjs), so no page imports them.
 */
export function noToolbarDepsIntegration(): AstroIntegration {
  return {
    name: 'site:no-toolbar-deps',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site:no-toolbar-deps',
                enforce: 'post',
                configEnvironment(name, options) {
                  if (name !== 'client' || !options.optimizeDeps?.include) return;
                  options.optimizeDeps.include = options.optimizeDeps.include.filter((id) => !TOOLBAR_DEPS.has(id));
                },
              },
            ],
          },
        });
      },
    },
  };
}
