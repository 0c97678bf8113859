/**
 * A plain static file server, as the simplest static host would be: files from out/ under the
 * base path, a folder answers with its index.html (and `/x` redirects to `/x/` when x is a
 * folder), a missing file answers with 404.html and status 404, and the `_headers` file is
 * applied the way Netlify or Cloudflare Pages apply it (its Content-Type overriding the guess). No rewrites, no `.html` guessing.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { mimeType } from '@/lib/security/mime-types';
import { headersPatternMatches, parseHeadersFile } from './headers-file';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export function serveStatic(root: string, basePath: string, port: number): Promise<StaticServer> {
  const headersPath = path.join(root, '_headers');
  const rules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const inBase = basePath === '' || pathname === basePath || pathname.startsWith(basePath + '/');
    const sitePath = inBase ? pathname.slice(basePath.length) || '/' : undefined;
    for (const rule of rules) {
      if (sitePath !== undefined && headersPatternMatches(rule.pattern, sitePath)) {
        for (const h of rule.headers) res.setHeader(h.key, h.value);
      }
    }
    // A Content-Type from `_headers` wins over the one guessed from the extension, as on those hosts.
    const send = (status: number, file: string) => {
      if (status !== 200 || !res.hasHeader('Content-Type')) res.setHeader('Content-Type', mimeType(file));
      res.writeHead(status);
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      if (fs.existsSync(page)) send(404, page);
      else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (sitePath === undefined) return notFound();
    const file = path.join(root, path.normalize(sitePath));
    if (!file.startsWith(root)) return notFound();
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      return notFound();
    }
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      const index = path.join(file, 'index.html');
      return fs.existsSync(index) ? send(200, index) : notFound();
    }
    send(200, file);
  });

  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        // A browser still open keeps its connections alive: end them, or close() waits for it.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
