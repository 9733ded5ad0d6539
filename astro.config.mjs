// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site.config.ts';
import { baseLinksPlugin } from './src/lib/markdown/base-links.ts';
import { directivesPlugin } from './src/lib/markdown/directives.ts';
import { anchoredHeadingsPlugin } from './src/lib/markdown/anchored-headings.ts';
import { themeIntegration } from './src/integrations/theme.ts';
import { strictBuildIntegration } from './src/integrations/strict-build.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { staleFactsIntegration } from './src/integrations/stale-facts.ts';
import { noToolbarDeps } from './src/integrations/no-toolbar-deps.ts';
import { isTroubleshooterStep } from './src/lib/routes.ts';
import { feedbackEndpointOrigin } from './src/lib/feedback-endpoint.ts';

// A feedback endpoint on another origin must be allowed to receive the vote; a bad one stops the build here.
const feedbackOrigin = feedbackEndpointOrigin(siteConfig.feedbackEndpoint);

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  // Pages are rendered eight at a time: a page's render mostly waits on writing the one before, so at 1,000 guides
  // this took page generation from 6-7 s to 2-4 s on 2 cores, with the same peak memory (see README, bench:peer).
  build: { format: 'directory', concurrency: 8 },
  markdown: {
    syntaxHighlight: false,
    // Guides and outcomes, .md and .mdx alike: callouts and steps as `:::` directives, headings with their own link.
    processor: satteri({
      features: { directive: true },
      mdastPlugins: [baseLinksPlugin(siteConfig.basePath), directivesPlugin, anchoredHeadingsPlugin],
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self'${feedbackOrigin ? ` ${feedbackOrigin}` : ''}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  // Any warning or error logged during the build fails it (see the file).
  logger: { entrypoint: new URL('./src/integrations/strict-build.ts', import.meta.url) },
  // The search dialog and highlighter are built as standalone ES modules and imported by URL
  // (see SearchButton.astro), which keeps Vite's preload helper out of every page.
  vite: {
    worker: { format: 'es' },
    // The dev toolbar is off, so its browser dependencies are not pre-bundled (see the file).
    plugins: [noToolbarDeps],
    build: {
      rolldownOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that Astro itself reads; Rolldown warns
        // that bundling may drop it, once per MDX file (withastro/astro#18087). Every other warning stays.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    // Troubleshooter steps are noindex: each outcome is reachable by many paths, and the guides carry the same facts.
    sitemap({ filter: (page) => !isTroubleshooterStep(new URL(page).pathname, siteConfig.basePath) }),
    themeIntegration(),
    searchIndexIntegration(),
    staleFactsIntegration(),
    strictBuildIntegration(),
  ],
});
