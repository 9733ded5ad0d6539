/**
 * Serves a built site the way a plain static host does: files from a folder
 * under a base path, index.html for folder addresses (a redirect adds the
 * missing slash), 404.html with status 404 for anything else, and gzip when
 * the browser asks. It logs what it serves, so the benchmark can count bytes
 * from the files themselves.
 *
 * `npm start` serves dist/ with it, and the browser tests run the same script
 * for dist/ and dist-subpath/ side by side (`astro preview` runs one server per
 * project):
 *
 *   npm run serve -- [dir=dist] [port=4321] [basePath=/]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Served {
  /** URL path as requested, without the query string. */
  path: string;
  status: number;
  /** File sent, absolute; "" when nothing was. */
  file: string;
}

export interface StaticServer {
  origin: string;
  port: number;
  /** Everything served since the last call, oldest first. */
  take(): Served[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

const kindOf = async (file: string) => {
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? 'file' : info?.isDirectory() ? 'dir' : null;
};

/** What an address maps to; anything outside the root, undecodable or with a NUL byte is missing. */
async function resolve(root: string, base: string, urlPath: string): Promise<Resolved> {
  if (!urlPath.startsWith(base)) return { kind: 'missing' };
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return { kind: 'missing' };
  }
  const target = path.join(root, relative);
  if (relative.includes('\0') || (target !== root && !target.startsWith(`${root}${path.sep}`)))
    return { kind: 'missing' };
  const kind = await kindOf(target);
  if (kind === 'file' && !urlPath.endsWith('/')) return { kind: 'file', file: target };
  if (kind === 'dir' && !urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
  if (kind === 'dir' && (await kindOf(path.join(target, 'index.html'))) === 'file')
    return { kind: 'file', file: path.join(target, 'index.html') };
  return { kind: 'missing' };
}

/** The first port from `start` that nothing listens on. */
export async function freePort(start: number, end = start + 99): Promise<number> {
  for (let port = start; port <= end; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = net.createServer();
      probe.once('error', () => done(false));
      probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${start} and ${end}.`);
}

export async function startStaticServer(options: {
  root: string;
  port: number;
  basePath?: string;
}): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = (options.basePath ?? '/').replace(/\/?$/, '/');
  let log: Served[] = [];
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const resolved = await resolve(root, base, urlPath);
    if (resolved.kind === 'redirect') {
      response.writeHead(301, { location: resolved.location }).end();
      log.push({ path: urlPath, status: 301, file: '' });
      return;
    }
    const status = resolved.kind === 'file' ? 200 : 404;
    const file = resolved.kind === 'file' ? resolved.file : path.join(root, '404.html');
    const body = await readFile(file).catch(() => null);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      log.push({ path: urlPath, status: 404, file: '' });
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    let sent: Buffer = body;
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      sent = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = String(sent.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : sent);
    log.push({ path: urlPath, status, file });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  return {
    origin: `http://127.0.0.1:${options.port}`,
    port: options.port,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (import.meta.main) {
  const [dir = 'dist', port = '4321', basePath = '/'] = process.argv.slice(2);
  const server = await startStaticServer({ root: dir, port: Number(port), basePath }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(
      `Port ${port} is already in use, so ${dir}/ can't be served there. Stop the other server, or pass another port: npm run serve -- ${dir} <port> ${basePath}`,
    );
    process.exit(1);
  });
  console.log(`Serving ${path.resolve(dir)} at ${server.origin}${basePath}`);
}
