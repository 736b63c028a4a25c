// A plain static file server for dist/, as any static host would serve it:
// `/x/` → `/x/index.html`, `/x` → redirect to `/x/` when it is a folder, unknown paths → 404,
// and the headers of dist/_headers, as hosts that read that file send them.
// The end-to-end tests use it so they run even while `astro preview` serves the site elsewhere.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES } from './content-types.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4329);

/**
 * The rules of a `_headers` file: a path pattern (`*` matches anything) on a line of its
 * own, then its headers indented below it as `Name: value`.
 */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: {} });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}
const headerRules = readHeaderRules(join(root, '_headers'));
const headersFor = (pathname) => Object.assign({}, ...headerRules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));

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
    if (stat) return send(join(path, 'index.html'), 200, response, url.pathname);
  } else if (stat?.isFile()) {
    return send(path, 200, response, url.pathname);
  }
  const notFound = join(root, '404.html');
  if (fileAt(notFound)) return send(notFound, 404, response, url.pathname);
  response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));

function send(file, status, response, pathname) {
  response.writeHead(status, { ...headersFor(pathname), 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}
