#!/bin/sh
# npm run build: `astro build` (this script's arguments passed on, e.g. --root; the environment too:
# OUT_DIR, BASE_PATH, CONTENT_DIR, ...) and, once Astro has exited, the build's last step in a Node process
# of its own over the folder Astro reports it wrote to (src/lib/built-site-folder.ts): the checks that need
# the built pages, _headers and the search index (scripts/check-and-index.ts). Run inside Astro's process,
# Pagefind's indexer (about 300 MiB on 1,000 guides) would add to the memory Astro still holds, and the checks
# would wait for Astro instead of sharing the cores with Pagefind. A shell waits for Astro here: about 2 MB,
# where Node is about 60.
set -eu
scripts=$(dirname "$0")
report=$(mktemp)
trap 'rm -f "$report"' EXIT
# A larger young generation than V8's default: fewer short-lived objects are promoted to the old space,
# which measured 70 to 100 MiB lower at Astro's peak on 1,000 guides, and no slower.
BUILT_SITE_FOLDER_FILE=$report NODE_OPTIONS="--max-semi-space-size=32 ${NODE_OPTIONS-}" \
  node "$scripts/../node_modules/astro/bin/astro.mjs" build "$@"
node "$scripts/check-and-index.ts" "$(cat "$report")"
