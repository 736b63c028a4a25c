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
  /** Milliseconds after a piece that ends with a control opened: a few frames, so that it is drawn without its word every time. */
  controlPause: number;
}

/** A piece of a page, and whether it ends with a control opened and its word still to come. */
export interface Piece {
  bytes: Buffer;
  controlOpened: boolean;
}

/** Tags that open a block: a page cut before one has no line of text or row of a wrapping list half read. */
const BLOCK_START = /<(?:body|header|main|nav|section|aside|footer|div|form|fieldset|dl|ol|ul|table|select|h[1-6]|p)\b/g;

/** The opening tag of a control or a label, whose word follows: a page cut after one has it drawn before its word. */
const CONTROL_OPENED = /<(?:button|summary|label)\b[^>]*>/g;

/**
 * The bytes of an HTML page in pieces, each ending just before a tag that opens a block (at least `chunk`
 * bytes apart) or just after the opening tag of a button, a summary or a label (every one). Cut inside a
 * paragraph or a wrapping list, the rest of a line would re-wrap what is drawn of it, as it does on any
 * connection; cut here, what is drawn must stay. A busy phone's parser stops where it likes, and a control
 * or a label drawn without its word, then widened, moves whatever shares its row.
 */
export function htmlPieces(html: Buffer, chunk: number): Piece[] {
  const text = html.toString('latin1'); // one character a byte, so offsets are byte offsets
  const controls = new Set([...text.matchAll(CONTROL_OPENED)].map((match) => match.index + match[0].length));
  const blocks = [...text.matchAll(BLOCK_START)].map((match) => match.index);
  const pieces: Piece[] = [];
  let at = 0;
  for (const cut of [...new Set([...blocks, ...controls])].sort((a, b) => a - b)) {
    const controlOpened = controls.has(cut);
    if (cut <= at || (cut < at + chunk && !controlOpened)) continue;
    pieces.push({ bytes: html.subarray(at, cut), controlOpened });
    at = cut;
  }
  pieces.push({ bytes: html.subarray(at), controlOpened: false });
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
    for (const { bytes, controlOpened } of htmlPieces(body, trickle.chunk)) {
      response.write(bytes);
      await new Promise((done) => setTimeout(done, controlOpened ? trickle.controlPause : trickle.pause));
    }
    response.end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}
