/**
 * How `astro build` tells scripts/build.sh where it wrote the site, so the build's last step (the checks of the
 * built pages and the search index, scripts/check-and-index.ts) works in the folder Astro itself resolved
 * (OUT_DIR in astro.config.mjs, --root, --outDir) rather than in one worked out again from the same settings.
 * scripts/build.sh names a file in this variable of Astro's environment, and the search-index integration
 * writes the folder's path into it once the build is done.
 */
export const BUILT_SITE_FOLDER_FILE = 'BUILT_SITE_FOLDER_FILE';
