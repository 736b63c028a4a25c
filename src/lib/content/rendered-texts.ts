import { mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MarkdownHeading } from 'astro';
import { CACHE_DIR } from '../../cache-dir';
import { bulletinFileOf } from './content-file';
import { writeWhole } from './write-whole';

/**
 * Each bulletin text as Markdown renders it, kept in the build's cache, one file a text, instead
 * of in Astro's content store. Astro hands the store to the pages as one module, compiled again
 * whenever the content changes: at 10,000 bulletins the texts' HTML made a publish spend half a
 * minute compiling it, and Astro's process hold it twice (BENCHMARKS, "The texts' HTML kept out
 * of Astro's store"). A page reads only the texts it shows. Written by the texts' loader
 * (texts-loader.ts) when a text is new or changed, with the file's digest, so a page can tell a
 * rendering of another version of the file from its own.
 */
export interface RenderedText {
  /** The digest of the text file this is the rendering of (Astro's, as the store keeps it). */
  digest: string;
  html: string;
  /** Its headings, for the page's list of measures. */
  headings: MarkdownHeading[];
}

/** Where a build keeps the rendered texts. */
export const RENDERED_TEXTS_DIR = join(CACHE_DIR, 'rendered-texts');

/** `…/<bulletin>/<lang>.md` → `<dir>/<bulletin>/<lang>.json`: the text's folder and name, so the cache reads like the content. */
export function renderedTextFile(dir: string, textFile: string): string {
  const { bulletinId, stem } = bulletinFileOf(textFile);
  return join(dir, bulletinId, `${stem}.json`);
}

/** Keeps `text`, the rendering of `textFile`, in `dir`. */
export async function keepRenderedText(dir: string, textFile: string, text: RenderedText): Promise<void> {
  const file = renderedTextFile(dir, textFile);
  await mkdir(dirname(file), { recursive: true });
  await writeWhole(file, JSON.stringify(text));
}

/**
 * The rendering of `textFile` whose digest is `digest`. The loader writes it before the store
 * records the text, so it is missing only when the cache was changed by hand during a build.
 */
export async function readRenderedText(textFile: string, digest: string, dir: string = RENDERED_TEXTS_DIR): Promise<RenderedText> {
  const file = renderedTextFile(dir, textFile);
  const kept = await readFile(file, 'utf8').then((json) => JSON.parse(json) as RenderedText, () => null);
  if (kept?.digest !== digest) {
    throw new Error(`${textFile}: its rendered text is ${kept ? 'of another version of the file' : 'missing'} in the build cache (${file}); fix: build again, and if this persists, delete ${dir} and build again`);
  }
  return kept;
}

/** Removes every rendering in `dir` but those of `textFiles`, for texts removed since the last build. */
export async function pruneRenderedTexts(dir: string, textFiles: readonly string[]): Promise<number> {
  const wanted = new Set(textFiles.map((file) => renderedTextFile(dir, file)));
  const kept = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const unused = kept.filter((entry) => entry.isFile() && !wanted.has(join(entry.parentPath, entry.name)));
  for (const entry of unused) await rm(join(entry.parentPath, entry.name), { force: true });
  // The folders of bulletins removed whole go too; one still holding a text is not empty and stays.
  for (const folder of new Set(unused.map((entry) => entry.parentPath))) if (folder !== dir) await rmdir(folder).catch(() => undefined);
  return unused.length;
}
