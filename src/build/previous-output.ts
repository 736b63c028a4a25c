import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { aFewAtATime, FILES_AT_ONCE } from '../lib/content/a-few-at-a-time.ts';

/**
 * The last build's output, set aside when a build starts and handed back to Astro file by file.
 *
 * Why: a build starts without the last one's output, so that a build that fails leaves no site
 * looking like its result; Astro's incremental build then copies every page it reuses from its
 * cache, and at 10,000 bulletins that is 130,000 files, 20,000 share images among them, at every
 * publish. Astro copies nothing when a reused page is in place already, so once the content has
 * loaded, the files its cache lists as the last build's output are moved back (one rename each).
 * Astro renders what changed over them and keeps the rest; what it no longer makes is removed after.
 *
 * The files are moved back only if the last build ended its pages and nothing has built since:
 * the hash of Astro's cache list is noted when a build's pages are done, and the note is removed
 * when the next build starts, so a build that fails or is stopped leaves nothing to move back.
 */

/** Astro's list of the pages it can reuse, with the file each was written to (`cacheDir/incremental-build.json`). */
const ASTRO_LIST = 'incremental-build.json';
/** The note: which output folder the listed files are in, and the hash of the list they match. */
const NOTE = 'previous-output.json';
/** Where the last build's output waits while Astro builds the next. */
const SET_ASIDE = 'previous-output';

interface Note {
  outDir: string;
  list: string;
}

interface AstroList {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

const listHash = (cacheDir: string): string | undefined => {
  const file = join(cacheDir, ASTRO_LIST);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : undefined;
};

function readNote(cacheDir: string): Note | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, NOTE), 'utf8')) as Note;
  } catch {
    return undefined;
  }
}

/** The folder the last build's output is set aside in, until the new build no longer needs it. */
export const setAsideFolder = (cacheDir: string): string => resolve(cacheDir, SET_ASIDE);

/**
 * When a build starts: moves the last build's output out of `outDir` (or removes it, when it
 * cannot be reused or moved) and forgets the note. Returns whether it can be handed back.
 */
export function setAside(outDir: string, cacheDir: string): boolean {
  const note = readNote(cacheDir);
  const hash = listHash(cacheDir);
  const reusable = existsSync(outDir) && note?.outDir === resolve(outDir) && hash !== undefined && note.list === hash;
  rmSync(join(cacheDir, NOTE), { force: true });
  const aside = setAsideFolder(cacheDir);
  rmSync(aside, { recursive: true, force: true });
  if (reusable) {
    try {
      renameSync(outDir, aside);
      return true;
    } catch {
      // Another file system (the cache folder named elsewhere): the output is removed, as without a note.
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  return false;
}

/** The files Astro's cache lists as written by the last build, as paths inside `root`. */
function listedFiles(cacheDir: string, root: string): string[] {
  const list = JSON.parse(readFileSync(join(cacheDir, ASTRO_LIST), 'utf8')) as AstroList;
  const base = pathToFileURL(`${root}/`);
  const files: string[] = [];
  for (const route of Object.values(list.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) {
      // Astro notes each file as a URL relative to the output folder (encoded, as a URL is).
      if (outputFile) files.push(fileURLToPath(new URL(outputFile, base)));
    }
  }
  return files;
}

/**
 * Once the content has loaded: moves the files Astro's cache lists back from the set-aside
 * folder into `outDir`. Returns the files moved back; a file that cannot be is left to Astro to copy.
 */
export async function handBack(outDir: string, cacheDir: string): Promise<string[]> {
  const aside = setAsideFolder(cacheDir);
  const root = resolve(outDir);
  const folders = new Map<string, Promise<unknown>>();
  const moved = await aFewAtATime(listedFiles(cacheDir, root), FILES_AT_ONCE, async (file) => {
    const folder = dirname(file);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    try {
      await folders.get(folder);
      await rename(join(aside, file.slice(root.length)), file);
      return file;
    } catch {
      // Missing from the last output (or something in its way): Astro copies it from its cache, as before.
      return undefined;
    }
  });
  return moved.filter((file) => file !== undefined);
}

/**
 * When Astro's pages are done: removes the files moved back that the new build did not make
 * or keep (`made`: every file of its pages, rendered or reused), then notes that the output
 * matches Astro's new list. Returns how many were removed.
 */
export async function settle(outDir: string, cacheDir: string, moved: string[], made: Set<string>): Promise<number> {
  const stale = moved.filter((file) => !made.has(file));
  await aFewAtATime(stale, FILES_AT_ONCE, (file) => rm(file, { force: true }));
  const hash = listHash(cacheDir);
  if (hash !== undefined) writeFileSync(join(cacheDir, NOTE), JSON.stringify({ outDir: resolve(outDir), list: hash } satisfies Note));
  return stale.length;
}

/** Removes a folder and all in it, from a thread of its own. */
const REMOVE_IN_A_THREAD = "require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true })";

/**
 * Removes what is left of the last build's output once the files Astro can reuse are back: its compressed
 * copies and search index, some 300,000 files at 10,000 bulletins. In a thread, with `rmSync`, so that it
 * runs beside Astro's build on the core Astro leaves idle, in little memory: the promise form of `rm`
 * removes every file of a folder at once, and on a folder of 300,000 files (measured apart) it took its
 * process from 44 to 684 MiB, against 64 MiB in a thread (in 7.6 s against 22.6 s).
 */
export function clearSetAside(cacheDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(REMOVE_IN_A_THREAD, { eval: true, workerData: setAsideFolder(cacheDir) });
    thread.once('error', reject);
    thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`removing the last build's output ended with code ${code}`))));
  });
}
