import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { fileFor } from './built-site';
import { CONTENT_TYPES } from './content-types.mjs';

export interface Trickle {
  /** Bytes of HTML sent at a time, at least: each piece ends just before a tag that opens a block. */
  chunk: number;
  /** Milliseconds between two pieces: longer than a frame, so the browser draws what it has read. */
  pause: number;
}

/** Tags that open a block: a page cut before one has no line of text or row of a wrapping list half read. */
const BLOCK_START = /<(?:body|header|main|nav|section|aside|footer|div|form|fieldset|dl|ol|ul|table|select|h[1-6]|p)\b/g;

/**
 * The bytes of an HTML page in pieces of at least `chunk` bytes, each ending just before a tag that
 * opens a block (or a select). Cut inside a paragraph or a wrapping list, the rest of a line would
 * re-wrap what is drawn of it, as it does on any connection; cut here, what is drawn must stay.
 */
export function htmlPieces(html: Buffer, chunk: number): Buffer[] {
  const text = html.toString('latin1'); // one character a byte, so offsets are byte offsets
  const pieces: Buffer[] = [];
  let at = 0;
  for (const match of text.matchAll(BLOCK_START)) {
    if (match.index < at + chunk) continue;
    pieces.push(html.subarray(at, match.index));
    at = match.index;
  }
  pieces.push(html.subarray(at));
  return pieces;
}

/**
 * Serves the built site (dist/) as a slow connection delivers it: other files at once, each HTML page
 * in pieces with pauses between (see htmlPieces). The browser draws the page as it has read it
 * so far, as a phone on a slow network does; whatever moves when the rest arrives is a layout
 * shift the reader sees.
 */
export async function startTrickleServer(trickle: Trickle): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path) return void response.writeHead(404).end();
    const body = readFileSync(path);
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path) as keyof typeof CONTENT_TYPES] ?? 'application/octet-stream', 'cache-control': 'no-store' });
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
