import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { aFewAtATime, FILES_AT_ONCE } from '../content/a-few-at-a-time.ts';
import { placeFile } from '../content/place-file.ts';

/**
 * One language's search bundle as the last build wrote it, kept in the cache folder with the
 * key of what it was made from (the pages it indexes and the indexer; see build-index.ts).
 * Pagefind indexes every page again on every build, though on a warm build none changed: at
 * 10,000 bulletins some three minutes. A build whose pages give the same key places the kept
 * bundle instead, file for file what Pagefind would write again (it writes the same index for
 * the same pages).
 */
export interface KeptBundle {
  /** Places the kept bundle at `target` when it was made from `key`; false, and nothing placed, otherwise. */
  placeIfMadeFrom(key: string, target: string): Promise<boolean>;
  /** An empty folder to write a new bundle in, then to be kept with `keep`. */
  fresh(): Promise<string>;
  /** Keeps the bundle written in `fresh()`'s folder as made from `key`, in place of the last, and places it at `target`. */
  keep(key: string, target: string): Promise<void>;
}

/** What the key file holds: the bundle's files are counted, so that a bundle missing some is not placed. */
interface Stored {
  key: string;
  files: number;
}

/** The bundle kept in `folder` (`<cache>/search-index/<lang>`): its files in `bundle/`, its key in `key.json`. */
export function keptBundle(folder: string): KeptBundle {
  const bundle = join(folder, 'bundle');
  const keyFile = join(folder, 'key.json');
  const partial = join(folder, 'partial');
  return {
    async placeIfMadeFrom(key, target) {
      const stored = await readStored(keyFile);
      if (stored?.key !== key) return false;
      try {
        if ((await placeTree(bundle, target)) === stored.files) return true;
      } catch {
        // A kept file gone or unreadable: the bundle is made again, as when the key differs.
      }
      await rm(target, { recursive: true, force: true });
      return false;
    },
    async fresh() {
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial, { recursive: true });
      return partial;
    },
    async keep(key, target) {
      // The key goes first and comes back last: a build stopped between leaves no key, and the next one indexes.
      await rm(keyFile, { force: true });
      await rm(bundle, { recursive: true, force: true });
      await rename(partial, bundle);
      const files = await placeTree(bundle, target);
      await writeFile(`${keyFile}.partial`, JSON.stringify({ key, files } satisfies Stored));
      await rename(`${keyFile}.partial`, keyFile);
    },
  };
}

async function readStored(file: string): Promise<Stored | null> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<Stored>;
    return typeof stored.key === 'string' && typeof stored.files === 'number' ? { key: stored.key, files: stored.files } : null;
  } catch {
    return null; // none kept yet, or not readable: indexed anew
  }
}

/** Places every file under `from` at the same path under `to`; resolves to how many. */
async function placeTree(from: string, to: string): Promise<number> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => relative(from, join(entry.parentPath, entry.name)));
  for (const dir of new Set(files.map((file) => dirname(join(to, file))))) await mkdir(dir, { recursive: true });
  await aFewAtATime(files, FILES_AT_ONCE, (file) => placeFile(join(from, file), join(to, file)));
  return files.length;
}
