import { withoutBase } from './url.ts';

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

/** A page address read back: what `routes` built, or `other` for anything else. */
export type Route =
  | { kind: 'home' | 'guides' | 'troubleshooters' | 'search' | 'sources' | 'changes' }
  | { kind: 'guide'; id: string }
  | { kind: 'tree-map'; tree: string }
  | { kind: 'tree-result'; tree: string; outcome: string }
  /** A troubleshooter's start (no segments) or a page reached by answers, one segment per answer. */
  | { kind: 'troubleshooter'; tree: string; segments: string[] }
  | { kind: 'other' };

const PAGES = {
  [routes.home]: 'home',
  [routes.guides]: 'guides',
  [routes.troubleshooters]: 'troubleshooters',
  [routes.search]: 'search',
  [routes.sources]: 'sources',
  [routes.changes]: 'changes',
} as const;

/**
 * The inverse of `routes`: parseRoute(routes.troubleshooter('token', ['api'])) is
 * { kind: 'troubleshooter', tree: 'token', segments: ['api'] }. Takes a root-relative
 * path, or a pathname under `basePath`; segments come back decoded.
 */
export function parseRoute(pathname: string, basePath = '/'): Route {
  const path = withoutBase(basePath, pathname);
  if (path === null) return { kind: 'other' };
  if (Object.hasOwn(PAGES, path)) return { kind: PAGES[path as keyof typeof PAGES] };
  const parts = decodedSegments(path);
  if (!parts) return { kind: 'other' };
  const [section, first, ...rest] = parts;
  if (section === 'guides' && first !== undefined && rest.length === 0) return { kind: 'guide', id: first };
  if (section !== 'troubleshoot' || first === undefined) return { kind: 'other' };
  if (rest.length === 1 && rest[0] === 'map') return { kind: 'tree-map', tree: first };
  if (rest.length === 2 && rest[0] === 'result') return { kind: 'tree-result', tree: first, outcome: rest[1]! };
  return { kind: 'troubleshooter', tree: first, segments: rest };
}

/** "/a/b%20c/" → ["a", "b c"]; null without the trailing slash every page has, or with a broken escape. */
function decodedSegments(path: string): string[] | null {
  if (!path.endsWith('/')) return null;
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

/**
 * Where a built page's content comes from, to name the file in build errors. `guideFile` names a guide's file from
 * its id (a guide is a .md or an .mdx file, which only the disk knows).
 */
export function sourceFileForRoute(route: string, guideFile: (id: string) => string): string | null {
  const page = parseRoute(route);
  if (page.kind === 'guide') return guideFile(page.id);
  if (page.kind === 'troubleshooter' || page.kind === 'tree-map' || page.kind === 'tree-result')
    return `content/troubleshooters/${page.tree}.yaml (or an outcome in content/troubleshooters/${page.tree}/)`;
  return null;
}

/** A page below a troubleshooter's start page reached by answers: not the map, not a result page. */
export function isTroubleshooterStep(pathname: string, basePath = '/'): boolean {
  const page = parseRoute(pathname, basePath);
  return page.kind === 'troubleshooter' && page.segments.length > 0;
}
