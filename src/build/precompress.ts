import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { aFewAtATime } from '../lib/content/a-few-at-a-time.ts';
import { placeFile } from '../lib/content/place-file.ts';
import { writeWhole } from '../lib/content/write-whole.ts';

/** Text files, which compress; images and Pagefind's chunks are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest', '.ris']);
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/** Files compressed at once: enough to keep zlib's thread pool (four threads by default) busy. */
const PARALLEL_FILES = 16;

/** Brotli's level for a file, by its path under the site's root (compression-levels.ts). */
export type BrotliLevel = (file: string) => number;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Each copy's ending and how it is made from a file's bytes and its brotli level. */
const ENCODINGS = {
  br: (data: Buffer, level: number) => brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: level, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  gz: (data: Buffer) => gzipped(data, { level: constants.Z_BEST_COMPRESSION }),
} as const;
/** Part of every cache key, so a change of levels compresses anew the files it touches. */
const settings = (level: number) => `br${level}-gz${constants.Z_BEST_COMPRESSION}-zlib${process.versions.zlib}`;

export interface Precompression {
  compress(folder?: string, except?: readonly string[]): Promise<void>;
  finish(): Promise<PrecompressCounts>;
}

/** What one build's compressed copies came to. */
export interface PrecompressCounts {
  compressed: number;
  reused: number;
  pruned: number;
}

/**
 * The compressed copies of one build, made in parts and pruned once all are made.
 * `compress(folder, except)` puts a `.gz` and a `.br` beside every text file under `folder`
 * of `root` (all of it unless named) but those under the folders `except` names (paths
 * relative to `root`, each ending in a separator), so that a server sends them as
 * they are (nginx's gzip_static and brotli_static) instead of compressing each response,
 * and at levels too slow to use per request, brotli's chosen per file by `brotliLevel` (its
 * path under `root`). Brotli at level 10 takes tens of milliseconds a page, so copies are
 * kept in `cacheDir` under a hash of the file and its levels: a rebuild compresses
 * only the files that changed, and links the rest (see `placeFile`). zlib's asynchronous calls
 * run on Node's thread pool, so files are compressed in parallel. `finish()` then removes
 * the copies no part used: each publish changes a few hundred pages of a large archive, and
 * their old copies would otherwise pile up for ever.
 *
 * In parts, because a build compresses its pages while its last language's search index is
 * made (finish-site.ts), and the index's own files once they are written.
 */
export function precompression(root: string, cacheDir: string, brotliLevel: BrotliLevel): Precompression {
  const counts = { compressed: 0, reused: 0 };
  const stored: Stored = new Map();
  return {
    async compress(folder = '', except = []) {
      // Only `folder` is listed: a large site's whole listing takes seconds (7 s for the 440,000 files of 10,000 bulletins).
      const files = (await readdir(join(root, folder), { recursive: true, encoding: 'utf8' }))
        .map((file) => join(folder, file))
        .filter((file) => COMPRESSIBLE.has(extname(file)) && !except.some((skipped) => file.startsWith(skipped)));
      await mkdir(cacheDir, { recursive: true });
      await aFewAtATime(files, PARALLEL_FILES, async (file) => {
        const outcome = await compressFile(join(root, file), brotliLevel(file), cacheDir, stored);
        if (outcome) counts[outcome]++;
      });
    },
    async finish() {
      return { ...counts, pruned: await prune(cacheDir, new Set(stored.keys())) };
    },
  };
}

/** Removes from `cacheDir` every file but the copies named in `used` (a stopped build's partial files too). */
async function prune(cacheDir: string, used: ReadonlySet<string>): Promise<number> {
  const stale = (await readdir(cacheDir)).filter((name) => !used.has(name));
  await aFewAtATime(stale, PARALLEL_FILES, (name) => rm(join(cacheDir, name), { force: true }));
  return stale.length;
}

/**
 * The copies this build uses, by name in the cache, each with the promise of its being there.
 * Two files alike (the same script in both languages' search bundles) share a copy: the first
 * stores it and the second waits, and is placed from it. Both storing at once would rename one
 * copy over the other while it is being linked, and Linux then fails the link (ENOENT).
 */
type Stored = Map<string, Promise<unknown>>;

async function compressFile(path: string, level: number, cacheDir: string, stored: Stored): Promise<'compressed' | 'reused' | null> {
  const data = await readFile(path);
  if (data.length < MIN_BYTES) return null;
  const key = createHash('sha256').update(settings(level)).update(data).digest('base64url');
  const outcomes = await Promise.all(Object.entries(ENCODINGS).map(async ([ending, encode]) => {
    const name = `${key}.${ending}`;
    const cached = join(cacheDir, name);
    const target = `${path}.${ending}`;
    const earlier = stored.get(name);
    if (earlier) {
      await earlier;
      await placeFile(cached, target);
      return 'reused';
    }
    const storing = store(cached, target, () => encode(data, level));
    stored.set(name, storing);
    return storing;
  }));
  return outcomes.includes('compressed') ? 'compressed' : 'reused';
}

/** Places the stored copy `cached` at `target`, compressing and storing it first when the cache has none. */
async function store(cached: string, target: string, encode: () => Promise<Buffer>): Promise<'compressed' | 'reused'> {
  if (await placeFile(cached, target).then(() => true, () => false)) return 'reused';
  await writeWhole(cached, await encode());
  await placeFile(cached, target);
  return 'compressed';
}
