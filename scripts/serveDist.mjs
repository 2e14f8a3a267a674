// A small static server for dist/ under the site's base path, with gzip like GitHub Pages, so the
// benchmark measures what readers would download. Used by scripts/bench.mjs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.csv', '.md', '.svg', '.txt', '.webmanifest', '.xml']);

export function serveDist({ dir = 'dist', base = '/deepseek-selloff', port = 4400 } = {}) {
  const prefix = base.replace(/\/$/, '');
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${prefix}/`) && url.pathname !== prefix) {
      response.writeHead(404).end('not found');
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname.slice(prefix.length)) || '/');
    if (path.endsWith('/')) path += 'index.html';
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const extension = extname(file);
      const headers = { 'Content-Type': types[extension] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      const gzip = compressible.has(extension) && /gzip/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, gzip ? { ...headers, 'Content-Encoding': 'gzip' } : headers);
      response.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
