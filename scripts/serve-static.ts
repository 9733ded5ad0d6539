/**
 * Serves a built site the way a plain static host does: files from a folder
 * under a base path, index.html for folders, 404.html (status 404) otherwise.
 * The browser tests use it because `astro preview` runs one server per project,
 * and they need the root build and the sub-path build side by side.
 *
 *   node scripts/serve-static.ts <dir> <port> [basePath]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const [dirArg = 'dist', portArg = '4321', baseArg = '/'] = process.argv.slice(2);
const root = path.resolve(dirArg);
const base = baseArg.endsWith('/') ? baseArg : `${baseArg}/`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function resolveFile(urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(base)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const file = path.join(root, relative);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory() && urlPath.endsWith('/')) {
    const index = path.join(file, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

createServer(async (request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = await resolveFile(urlPath);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  const body = await readFile(served).catch(() => Buffer.from('Not found'));
  response.writeHead(status, { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(Number(portArg), () => console.log(`Serving ${root} at http://localhost:${portArg}${base}`));
