import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliAt } from '../../tests/support/brotli';
import { type BrotliLevel, precompression } from './precompress';

let dir = '';
let site = '';
let cache = '';
const page = (words: string) => `<!doctype html><p>${words.repeat(600)}</p>`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  site = join(dir, 'site');
  cache = join(dir, 'cache');
  mkdirSync(site, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Brotli's level 10 for every file, as most tests need. */
const LEVEL_10: BrotliLevel = () => 10;

/** Every text file under `root` compressed in one part, as most tests need. */
async function precompressDir(root: string, cacheDir: string, brotliLevel = LEVEL_10) {
  const copies = precompression(root, cacheDir, brotliLevel);
  await copies.compress();
  return copies.finish();
}

describe('precompression()', () => {
  it('writes a .br and a .gz beside each text file that decompress to it, and leaves small files and images alone', async () => {
    writeFileSync(join(site, 'index.html'), page('建设 construction '));
    writeFileSync(join(site, 'tiny.html'), '<p>short</p>');
    writeFileSync(join(site, 'share.png'), Buffer.alloc(4096, 7));
    await precompressDir(site, cache);
    expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br'))).toString()).toBe(page('建设 construction '));
    expect(gunzipSync(readFileSync(join(site, 'index.html.gz'))).toString()).toBe(page('建设 construction '));
    expect(readdirSync(site).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'share.png', 'tiny.html']);
  });

  it('compresses each file at the brotli level its path is given, and compresses it anew when that level changes', async () => {
    writeFileSync(join(site, 'read.html'), page('read '));
    mkdirSync(join(site, 'archive'));
    writeFileSync(join(site, 'archive', 'old.html'), page('old '));
    const levels = new Map<string, number>();
    const byPath: BrotliLevel = (file) => levels.get(file) ?? 10;
    levels.set(join('archive', 'old.html'), 2);
    await precompressDir(site, cache, byPath);
    expect(readFileSync(join(site, 'read.html.br'))).toEqual(brotliAt(page('read '), 10));
    expect(readFileSync(join(site, 'archive', 'old.html.br'))).toEqual(brotliAt(page('old '), 2));
    expect(brotliAt(page('old '), 2)).not.toEqual(brotliAt(page('old '), 10));
    levels.set(join('archive', 'old.html'), 10);
    expect(await precompressDir(site, cache, byPath)).toEqual({ compressed: 1, reused: 1, pruned: 2 });
    expect(readFileSync(join(site, 'archive', 'old.html.br'))).toEqual(brotliAt(page('old '), 10));
  });

  it('places each compressed file as a second name of the copy in the cache, not a copy of its bytes', async () => {
    writeFileSync(join(site, 'a.html'), page('a '));
    await precompressDir(site, cache);
    const stored = new Set(readdirSync(cache).map((name) => statSync(join(cache, name)).ino));
    expect(stored.size).toBe(2);
    expect(stored).toEqual(new Set(['br', 'gz'].map((ending) => statSync(join(site, `a.html.${ending}`)).ino)));
  });

  it('compresses two files alike once, and places that one copy at both', async () => {
    writeFileSync(join(site, 'a.js'), page('same '));
    writeFileSync(join(site, 'b.js'), page('same '));
    expect(await precompressDir(site, cache)).toEqual({ compressed: 1, reused: 1, pruned: 0 });
    for (const ending of ['br', 'gz']) expect(statSync(join(site, `a.js.${ending}`)).ino).toBe(statSync(join(site, `b.js.${ending}`)).ino);
    expect(brotliDecompressSync(readFileSync(join(site, 'b.js.br'))).toString()).toBe(page('same '));
  });

  it('copies the bytes where the cache is on another file system, which cannot link to the site', async () => {
    const elsewhere = mkdtempSync(join('/dev/shm', 'precompress-cache-'));
    try {
      expect(statSync(elsewhere).dev).not.toBe(statSync(site).dev);
      writeFileSync(join(site, 'a.html'), page('a '));
      expect(await precompressDir(site, elsewhere)).toEqual({ compressed: 1, reused: 0, pruned: 0 });
      expect(await precompressDir(site, elsewhere)).toEqual({ compressed: 0, reused: 1, pruned: 0 });
      expect(brotliDecompressSync(readFileSync(join(site, 'a.html.br'))).toString()).toBe(page('a '));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('replaces the copies a site already holds, and never writes through them into a copy another page shares', async () => {
    // Two pages alike share one stored copy; correcting one must leave the other's as it was.
    writeFileSync(join(site, 'a.html'), page('same '));
    writeFileSync(join(site, 'b.html'), page('same '));
    await precompressDir(site, cache);
    writeFileSync(join(site, 'a.html'), page('a, corrected '));
    expect(await precompressDir(site, cache)).toEqual({ compressed: 1, reused: 1, pruned: 0 });
    expect(gunzipSync(readFileSync(join(site, 'a.html.gz'))).toString()).toBe(page('a, corrected '));
    expect(gunzipSync(readFileSync(join(site, 'b.html.gz'))).toString()).toBe(page('same '));
    expect(brotliDecompressSync(readFileSync(join(site, 'b.html.br'))).toString()).toBe(page('same '));
  });

  it('hands back the compressed files of an unchanged file from the cache, and compresses a changed one anew', async () => {
    writeFileSync(join(site, 'a.html'), page('a '));
    writeFileSync(join(site, 'b.html'), page('b '));
    expect(await precompressDir(site, cache)).toEqual({ compressed: 2, reused: 0, pruned: 0 });
    // Mark what the cache holds: a second run must hand back what is stored, not compress again.
    for (const file of readdirSync(cache)) writeFileSync(join(cache, file), 'from the cache');
    writeFileSync(join(site, 'b.html'), page('b, corrected '));
    expect(await precompressDir(site, cache)).toEqual({ compressed: 1, reused: 1, pruned: 2 });
    expect(readFileSync(join(site, 'a.html.br'), 'utf8')).toBe('from the cache');
    expect(brotliDecompressSync(readFileSync(join(site, 'b.html.br'))).toString()).toBe(page('b, corrected '));
  });

  it('removes from the cache the copies of files no longer in the site, and what a stopped build left half written', async () => {
    writeFileSync(join(site, 'kept.html'), page('kept '));
    writeFileSync(join(site, 'gone.html'), page('gone '));
    await precompressDir(site, cache);
    const keptCopies = readdirSync(cache).filter((name) => readFileSync(join(cache, name)).equals(readFileSync(join(site, `kept.html.${name.split('.').pop()}`))));
    expect(keptCopies).toHaveLength(2);
    rmSync(join(site, 'gone.html'));
    writeFileSync(join(cache, 'abc.br.0000.partial'), 'half');
    expect(await precompressDir(site, cache)).toEqual({ compressed: 0, reused: 1, pruned: 3 });
    expect(readdirSync(cache).sort()).toEqual(keptCopies.sort());
  });

  it('compresses in parts, each a folder less the folders it leaves out, and keeps the copies of every part when it prunes', async () => {
    writeFileSync(join(site, 'page.html'), page('page '));
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'entry.json'), page('entry '));
    const copies = precompression(site, cache, LEVEL_10);
    await copies.compress('', [`pagefind${sep}`]);
    expect(readdirSync(join(site, 'pagefind'))).toEqual(['entry.json']);
    writeFileSync(join(site, 'later.html'), page('later '));
    await copies.compress('pagefind');
    expect(existsSync(join(site, 'later.html.br'))).toBe(false);
    expect(await copies.finish()).toEqual({ compressed: 2, reused: 0, pruned: 0 });
    expect(readdirSync(cache)).toHaveLength(4);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['entry.json', 'entry.json.br', 'entry.json.gz']);
  });
});
