/** Join the site's base path ("/" or "/help/") and a root-relative path ("/guides/x/"). */
export function withBase(basePath: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const base = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  return `${base}${path}`;
}

/** The inverse of withBase: "/help/guides/x/" → "/guides/x/"; null when outside the base. */
export function withoutBase(basePath: string, path: string): string | null {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (path === base.slice(0, -1)) return '/';
  return path.startsWith(base) ? `/${path.slice(base.length)}` : null;
}
