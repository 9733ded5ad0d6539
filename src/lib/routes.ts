/**
 * The site's URL scheme, root-relative (without the base path). Pages, the
 * sitemap filter and the link checker all ask here.
 */

export const routes = {
  home: '/',
  guides: '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  topic: (topic: string) => `/guides/#topic-${topic}`,
  troubleshooters: '/troubleshoot/',
  troubleshooter: (tree: string, segments: readonly string[] = []) =>
    `/troubleshoot/${[tree, ...segments].map(encodeURIComponent).join('/')}/`,
  treeMap: (tree: string) => `/troubleshoot/${encodeURIComponent(tree)}/map/`,
  /** An outcome on its own, untailored: the one troubleshooter page per result that search and the sitemap list. */
  troubleshooterResult: (tree: string, outcome: string) =>
    `/troubleshoot/${encodeURIComponent(tree)}/result/${encodeURIComponent(outcome)}/`,
  search: '/search/',
  sources: '/sources/',
  changes: '/changes/',
} as const;

/**
 * The pages of a troubleshooter other than its steps (src/pages/troubleshoot/[tree]/): their names cannot be
 * the id of an answer to the start question, whose address would be the same.
 */
export const RESERVED_TREE_SEGMENTS = ['map', 'result'] as const;

/** Where a built page's content comes from, to name the file in build errors. */
export function sourceFileForRoute(route: string): string | null {
  const guide = /^\/guides\/([^/]+)\/$/.exec(route);
  if (guide) return `content/guides/${guide[1]}.mdx`;
  const tree = /^\/troubleshoot\/([^/]+)\//.exec(route);
  if (tree && tree[1] !== 'map')
    return `content/troubleshooters/${tree[1]}.yaml (or an outcome in content/troubleshooters/${tree[1]}/)`;
  return null;
}

/** A page below a troubleshooter's start page reached by answers: not the map, not a result page. */
export function isTroubleshooterStep(pathname: string, basePath = '/'): boolean {
  const route = pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
  return /^\/troubleshoot\/[^/]+\/.+/.test(route) && !/^\/troubleshoot\/[^/]+\/(?:map|result\/[^/]+)\/$/.test(route);
}
