/**
 * A small static server for the built site, behaving like a plain static host:
 * directory URLs serve index.html, unknown paths get 404.html, text is sent
 * gzip-compressed when the browser asks. It logs every file it serves, so the
 * benchmark counts bytes from the files themselves rather than from
 * transfer sizes reported by the browser.
 */
import { createServer, type Server } from 'node:http';
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
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function isDir(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** The first port from `start` that nothing listens on. */
export async function freePort(start = 4500, end = 4599): Promise<number> {
  for (let port = start; port <= end; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${start} and ${end}.`);
}

export async function startServer(root: string, port: number): Promise<StaticServer> {
  let log: Served[] = [];
  const gzipCache = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const target = path.join(root, path.normalize(urlPath));
    if (!target.startsWith(root)) {
      res.writeHead(403).end();
      log.push({ path: urlPath, status: 403, file: '' });
      return;
    }
    let file = '';
    let status = 200;
    if (urlPath.endsWith('/') && (await isFile(path.join(target, 'index.html')))) file = path.join(target, 'index.html');
    else if (!urlPath.endsWith('/') && (await isFile(target))) file = target;
    else if (!urlPath.endsWith('/') && (await isDir(target))) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      log.push({ path: urlPath, status: 301, file: '' });
      return;
    } else {
      status = 404;
      file = path.join(root, '404.html');
      if (!(await isFile(file))) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        log.push({ path: urlPath, status, file: '' });
        return;
      }
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer = await readFile(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = gzipCache.get(file);
      if (!zipped) {
        zipped = gzipSync(body, { level: 6 });
        gzipCache.set(file, zipped);
      }
      body = zipped;
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({ path: urlPath, status, file });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
