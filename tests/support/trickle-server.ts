import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface Trickle {
  /** Bytes of HTML sent at a time, at least: each piece ends just before a tag. */
  chunk: number;
  /** Milliseconds between two pieces: longer than a frame, so the browser draws what it has read. */
  pause: number;
}

/** The bytes of an HTML page in pieces of about `chunk` bytes, each ending just before a `<`. */
export function htmlPieces(html: Buffer, chunk: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let at = 0; at < html.length; ) {
    const next = html.indexOf(0x3c, at + chunk);
    const end = next === -1 ? html.length : next;
    pieces.push(html.subarray(at, end));
    at = end;
  }
  return pieces;
}

/**
 * Serves a built site as a slow connection delivers it: other files at once, each HTML page
 * in pieces with pauses between, cut before tags as a parser that runs out of input leaves
 * a page. The browser draws the page as it has read it so far, as a phone on a slow network
 * does; whatever moves when the rest arrives is a layout shift the reader sees.
 */
export async function startTrickleServer(dir: string, trickle: Trickle): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path.endsWith('/')) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void response.writeHead(404).end();
    const body = readFileSync(path);
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (extname(path) !== '.html') return void response.end(body);
    for (const piece of htmlPieces(body, trickle.chunk)) {
      response.write(piece);
      await new Promise((done) => setTimeout(done, trickle.pause));
    }
    response.end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}
