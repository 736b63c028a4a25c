import { describe, expect, test } from 'vitest';
import { htmlPieces } from './trickle-server';

const pieces = (html: string, chunk: number) => htmlPieces(Buffer.from(html, 'latin1'), chunk).map(({ bytes, controlOpened }) => `${bytes.toString('latin1')}${controlOpened ? ' ⏸' : ''}`);

describe('a page served in pieces', () => {
  test('is cut before the tags that open blocks, a chunk apart at least', () => {
    expect(pieces('<body><p>one</p><p>two</p><div>three</div></body>', 10)).toEqual(['<body><p>one</p>', '<p>two</p>', '<div>three</div></body>']);
  });

  test('is cut after the opening tag of every button, summary and label, however close, and marks them, so each is drawn before its word', () => {
    expect(pieces('<p>Find <button class="b">Search</button></p><summary>Filters</summary><label for="s">Order</label>', 1000)).toEqual([
      '<p>Find <button class="b"> ⏸',
      'Search</button></p><summary> ⏸',
      'Filters</summary><label for="s"> ⏸',
      'Order</label>',
    ]);
  });

  test('loses and repeats no byte, in any script', () => {
    const html = Buffer.from('<main><h1>搜索</h1><form><button type="submit">搜索</button></form><p>德州</p></main>');
    expect(Buffer.concat(htmlPieces(html, 4).map((piece) => piece.bytes)).equals(html)).toBe(true);
  });
});
