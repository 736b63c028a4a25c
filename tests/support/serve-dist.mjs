// A plain static file server for dist/, as any static host would serve it:
// `/x/` → `/x/index.html`, `/x` → redirect to `/x/` when it is a folder, unknown paths → 404.
// The end-to-end tests use it so they run even while `astro preview` serves the site elsewhere.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4329);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function fileAt(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) return void response.writeHead(403).end();
  let stat = fileAt(path);
  if (stat?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return void response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    stat = fileAt(join(path, 'index.html'));
    if (stat) return send(join(path, 'index.html'), 200, response);
  } else if (stat?.isFile()) {
    return send(path, 200, response);
  }
  const notFound = join(root, '404.html');
  if (fileAt(notFound)) return send(notFound, 404, response);
  response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));

function send(file, status, response) {
  response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}
