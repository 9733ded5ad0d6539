/** "/guides/x" → "/guides/x/"; a file ("/favicon.svg"), a query or a fragment keeps its place after the slash. */
export function ensureTrailingSlash(path: string): string {
  const end = path.search(/[?#]/);
  const pathname = end < 0 ? path : path.slice(0, end);
  const rest = end < 0 ? '' : path.slice(end);
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (pathname === '' || last.includes('.')) return path;
  return `${withSlash(pathname)}${rest}`;
}

const isRootRelative = (path: string) => path.startsWith('/') && !path.startsWith('//');
const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);
const stripTrailingSlash = (path: string) => (path.endsWith('/') ? path.slice(0, -1) : path);

/** Join the site's base path ("/" or "/help/") and a root-relative path ("/guides/x/"). */
export function withBase(basePath: string, path: string): string {
  if (!isRootRelative(path)) return path;
  return `${stripTrailingSlash(basePath)}${path}`;
}

/** The inverse of withBase: "/help/guides/x/" → "/guides/x/"; null when outside the base. */
export function withoutBase(basePath: string, path: string): string | null {
  const base = withSlash(basePath);
  if (path === stripTrailingSlash(base)) return '/';
  return path.startsWith(base) ? `/${path.slice(base.length)}` : null;
}

/** The one way to write a link to a page of the site: the base path in front, the trailing slash at the end. */
export const hrefFor =
  (basePath: string) =>
  (path: string): string =>
    isRootRelative(path) ? withBase(basePath, ensureTrailingSlash(path)) : path;
