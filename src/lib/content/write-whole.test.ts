import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWhole, writeWholeSync } from './write-whole';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-write-whole-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['writeWhole()', writeWhole],
  ['writeWholeSync()', writeWholeSync],
])('%s', (_name, write) => {
  it('writes the data to the file, and nothing else beside it', async () => {
    await write(join(dir, 'record.json'), '{"files":3}');
    expect(readFileSync(join(dir, 'record.json'), 'utf8')).toBe('{"files":3}');
    expect(readdirSync(dir)).toEqual(['record.json']);
  });

  it('replaces a file already there, leaving no partial file', async () => {
    writeFileSync(join(dir, 'image.png'), 'the old picture, longer than the new');
    await write(join(dir, 'image.png'), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(dir, 'image.png'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['image.png']);
  });

  it('puts a new file in place instead of writing into the old one, so a second name of the old keeps its bytes', async () => {
    // Written in place, a half-written file would be what a stopped build leaves, and every hard link to it would change too.
    writeFileSync(join(dir, 'bundle.json'), 'old');
    linkSync(join(dir, 'bundle.json'), join(dir, 'placed.json'));
    await write(join(dir, 'bundle.json'), 'new');
    expect(readFileSync(join(dir, 'bundle.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'placed.json'), 'utf8')).toBe('old');
  });
});
