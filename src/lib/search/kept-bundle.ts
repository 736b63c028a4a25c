import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { aFewAtATime, FILES_AT_ONCE } from '../content/a-few-at-a-time.ts';
import { placeFile } from '../content/place-file.ts';
import { writeWhole } from '../content/write-whole.ts';

/**
 * One language's search bundle as the last build wrote it, kept in the cache folder with a
 * record of what it was made from (`T`: the indexer and the pages it read; see build-index.ts).
 * Pagefind indexes every page again on every build, though on a warm build none changed: at
 * 10,000 bulletins some three minutes. A build that finds its pages as the record says places
 * the kept bundle instead, file for file what Pagefind would write again (it writes the same
 * index for the same pages).
 */
export interface KeptBundle<T> {
  /** The kept bundle's record; null when none is kept (or its record cannot be read). */
  record(): Promise<KeptRecord<T> | null>;
  /** Places the kept bundle at `target`; false, and nothing placed, when it no longer has the files its `record` counts. */
  place(target: string, record: KeptRecord<T>): Promise<boolean>;
  /** An empty folder to write a new bundle in, then to be kept with `keep`. */
  fresh(): Promise<string>;
  /**
   * Places the kept bundle's files `paths` (relative to it) at the same paths under `target`, as
   * they are; resolves to those placed, leaving out any the kept bundle lacks.
   */
  reuse(paths: readonly string[], target: string): Promise<Set<string>>;
  /** Keeps the bundle written in `fresh()`'s folder as made from `madeFrom`, in place of the last, and places it at `target`. */
  keep(madeFrom: T, target: string): Promise<void>;
}

/** What the bundle was made from, and how many files it has: a bundle missing some is not placed. */
export interface KeptRecord<T> {
  madeFrom: T;
  files: number;
}

/** The bundle kept in `folder` (`<cache>/search-index/<lang>`): its files in `bundle/`, its record in `made-from.json`. */
export function keptBundle<T>(folder: string): KeptBundle<T> {
  const bundle = join(folder, 'bundle');
  const recordFile = join(folder, 'made-from.json');
  const partial = join(folder, 'partial');
  return {
    record: () => readRecord<T>(recordFile),
    async place(target, { files }) {
      try {
        if ((await placeTree(bundle, target)) === files) return true;
      } catch {
        // A kept file gone or unreadable: the bundle is made again, as when its pages changed.
      }
      await rm(target, { recursive: true, force: true });
      return false;
    },
    async fresh() {
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial, { recursive: true });
      return partial;
    },
    async reuse(paths, target) {
      const placed = new Set<string>();
      for (const dir of new Set(paths.map((path) => dirname(join(target, path))))) await mkdir(dir, { recursive: true });
      await aFewAtATime(paths, FILES_AT_ONCE, async (path) => {
        try {
          await placeFile(join(bundle, path), join(target, path));
          placed.add(path);
        } catch {
          // Not kept (or unreadable): Pagefind writes it.
        }
      });
      return placed;
    },
    async keep(madeFrom, target) {
      // The record goes first and comes back last: a build stopped between leaves none, and the next one indexes.
      await rm(recordFile, { force: true });
      await rm(bundle, { recursive: true, force: true });
      await rename(partial, bundle);
      const files = await placeTree(bundle, target);
      await writeWhole(recordFile, JSON.stringify({ madeFrom, files } satisfies KeptRecord<T>));
    },
  };
}

async function readRecord<T>(file: string): Promise<KeptRecord<T> | null> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<KeptRecord<T>>;
    return stored.madeFrom !== undefined && typeof stored.files === 'number' ? { madeFrom: stored.madeFrom, files: stored.files } : null;
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
