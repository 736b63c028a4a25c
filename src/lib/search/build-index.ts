import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { aFewAtATime, FILES_AT_ONCE } from '../content/a-few-at-a-time.ts';
import { searchBundlePath } from '../linking/paths.ts';
import { fragmentFile, fragmentsInPageOrder } from './bundle-fragments.ts';
import { type KeptBundle, keptBundle } from './kept-bundle.ts';

/**
 * What Pagefind writes that the site does not use: its ready-made UIs (the site
 * has its own) and its highlighter (the site marks hits itself). Deleted so
 * nobody ships or audits them by accident.
 */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export interface IndexedLanguage {
  lang: Lang;
  pages: number;
  bundle: string;
  /** True when the last build's bundle was placed again: no page it indexes had changed. */
  kept: boolean;
  /** Pages whose fragment was taken from the last build's bundle instead of written again. */
  reused: number;
}

/**
 * What a bundle is made with besides its pages: this code (how pages are chosen and handed
 * over, what is left out) and every package's version (Pagefind's is in the lockfile). A
 * bundle kept by another indexer is made again.
 */
const INDEXER = createHash('sha256')
  .update(readFileSync(new URL(import.meta.url)))
  .update(readFileSync(new URL('../../../package-lock.json', import.meta.url)))
  .digest('base64url');

/** Every HTML file under `dir`, sorted, so the index does not depend on directory order. */
async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** `dist/en/bulletins/x/index.html` → `/en/bulletins/x/`, the URL a static host serves it at. */
function urlOf(distDir: string, file: string): string {
  const path = relative(distDir, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Pages read and handed to Pagefind at once. */
const BATCH = 8;

/**
 * A page of the site as the indexer last read it: its size and modification time (in
 * nanoseconds), whether it was indexed, and if so the name of its fragment in the bundle. A
 * page Astro renders again is written anew; one it reuses is moved back whole from the last
 * build (src/build/previous-output.ts), so its size and time are as they were. By path under
 * the language's folder.
 */
type Stamp = [size: number, mtimeNs: string, indexed: boolean, fragment?: string];
type Stamps = Record<string, Stamp>;

/** What a kept bundle was made from: the indexer, and every page of its language as it read them. */
interface MadeFrom {
  indexer: string;
  pages: Stamps;
}

const isIndexed = (content: string) => content.includes('data-pagefind-body');

/** Reads one page, and stamps it as read. */
async function readPage(file: string): Promise<{ content: string; size: number; mtimeNs: string }> {
  const handle = await open(file);
  try {
    const { size, mtimeNs } = await handle.stat({ bigint: true });
    return { content: await handle.readFile('utf8'), size: Number(size), mtimeNs: String(mtimeNs) };
  } finally {
    await handle.close();
  }
}

/** How the pages under `dir` stand against the stamps `pages` of the kept bundle. */
interface Compared {
  /** Whether a page Pagefind indexes has changed: one gone, or one new or rewritten that is indexed or was. */
  changed: boolean;
  /** The fragment name of each indexed page whose stamp still holds, by path. */
  unchanged: Map<string, string>;
}

/**
 * Compares the pages under `dir` with their stamps in `pages`. Only pages whose stamp differs
 * are read (to tell whether they are indexed), and only until one that counts is found; the
 * others are looked up, so a warm build of 10,000 bulletins reads a handful of pages, not 20,000.
 */
async function compareWithStamps(dir: string, files: readonly string[], pages: Stamps): Promise<Compared> {
  const now = new Set(files.map((file) => relative(dir, file)));
  let changed = Object.entries(pages).some(([path, [, , indexed]]) => indexed && !now.has(path));
  const unchanged = new Map<string, string>();
  await aFewAtATime(files, FILES_AT_ONCE, async (file) => {
    const path = relative(dir, file);
    const stamp = pages[path];
    const { size, mtimeNs } = await stat(file, { bigint: true });
    if (stamp && stamp[0] === Number(size) && stamp[1] === String(mtimeNs)) {
      if (stamp[2] && stamp[3] !== undefined) unchanged.set(path, stamp[3]);
    } else if (!changed && (stamp?.[2] || isIndexed(await readFile(file, 'utf8')))) {
      changed = true;
    }
  });
  return { changed, unchanged };
}

/**
 * Writes one language's bundle to `outputPath` from the pages under `dir`, and stamps each page
 * it reads in `stamps`. Pages are added one by one in sorted order: Pagefind numbers pages as
 * they arrive, and the same site must give the same index; those with nothing to index (lists,
 * the side-by-side view) are not sent at all. In a fresh Pagefind process that is closed when
 * the bundle is written: the indexer holds every page of a bundle in memory until it writes,
 * and a closed process gives all of it back, so the peak is one language's, not both.
 */
async function writeBundle(distDir: string, dir: string, files: readonly string[], outputPath: string, stamps: Stamps): Promise<string[]> {
  const indexedPaths: string[] = [];
  try {
    const created = await pagefind.createIndex({});
    const index = created.index;
    if (!index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      const pages = await Promise.all(batch.map(readPage));
      for (const [j, { content, size, mtimeNs }] of pages.entries()) {
        const file = batch[j]!;
        const indexed = isIndexed(content);
        stamps[relative(dir, file)] = [size, mtimeNs, indexed];
        if (!indexed) continue;
        indexedPaths.push(relative(dir, file));
        const added = await index.addHTMLFile({ url: urlOf(distDir, file), content });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const name of await readdir(outputPath)) {
      if (UNUSED_BUNDLE_FILES.test(name)) await rm(join(outputPath, name));
    }
  } finally {
    await pagefind.close();
  }
  return indexedPaths;
}

/**
 * Makes one language's bundle in the kept bundle's fresh folder, taking the fragments
 * `unchanged` (by page path) from the last bundle. Pagefind does not write a fragment whose
 * file is there already (its name is a hash of its content), and compressing every page's
 * fragment anew at its highest level is a good part of writing a bundle. Then checks, from the
 * new bundle's page list, that each fragment taken is that of the same page: Pagefind names a
 * fragment by the first digits of its hash, with one more digit for each page before it whose
 * name began the same, so a changed page can take over the name of an unchanged one's fragment,
 * which would then stand for it. If one did, the bundle is made again without taking any.
 * Resolves to the pages' stamps and how many fragments were taken.
 */
async function makeBundle(distDir: string, dir: string, files: readonly string[], kept: KeptBundle<MadeFrom>, unchanged: ReadonlyMap<string, string>): Promise<{ pages: Stamps; reused: number }> {
  const output = await kept.fresh();
  const taken = await kept.reuse([...unchanged.values()].map(fragmentFile), output);
  const pages: Stamps = {};
  const indexed = await writeBundle(distDir, dir, files, output, pages);
  const names = await fragmentsInPageOrder(output).catch(() => null);
  const fragmentOf = new Map(names?.length === indexed.length ? indexed.map((path, i) => [path, names[i]!]) : []);
  const takenFor = [...unchanged].filter(([, name]) => taken.has(fragmentFile(name)));
  // A fragment taken that Pagefind did not name for the same page (or a page list that cannot be read): made again, taking none.
  if (takenFor.some(([path, name]) => fragmentOf.get(path) !== name)) return makeBundle(distDir, dir, files, kept, new Map());
  for (const [path, name] of fragmentOf) pages[path]![3] = name;
  return { pages, reused: takenFor.length };
}

/** How many pages a written bundle holds: only those marked `data-pagefind-body` count. */
async function pageCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
}

/**
 * Builds one Pagefind bundle per language of `langs` (all of them unless named),
 * `dist/pagefind/{lang}/`, from the built pages under `dist/{lang}/`, one language after the
 * other. Pages are fed one at a time (never the whole folder at once) and only the pages
 * marked `data-pagefind-body` are indexed. Separate bundles let a page search its own
 * language, and the other only when asked.
 *
 * With `keptIn` (a folder of the build's cache), each language's bundle is kept there, and
 * placed again instead of made when the indexer is the same and no page it indexes changed
 * (kept-bundle.ts); when some did, the bundle is made again with the fragments of the pages
 * that did not taken from the kept one (`makeBundle`).
 */
export async function buildSearchIndexes(distDir: string, langs: readonly Lang[] = LANGS, keptIn?: string): Promise<IndexedLanguage[]> {
  const indexed: IndexedLanguage[] = [];
  for (const lang of langs) {
    const dir = join(distDir, lang);
    const bundle = join(distDir, searchBundlePath(lang));
    const files = await htmlFilesUnder(dir);
    const kept = keptIn === undefined ? null : keptBundle<MadeFrom>(join(keptIn, lang));
    const before = await kept?.record();
    const compared = kept && before?.madeFrom.indexer === INDEXER ? await compareWithStamps(dir, files, before.madeFrom.pages) : null;
    const placed = kept && before && compared && !compared.changed ? await kept.place(bundle, before) : false;
    let reused = 0;
    if (kept && !placed) {
      const made = await makeBundle(distDir, dir, files, kept, compared?.unchanged ?? new Map());
      reused = made.reused;
      await kept.keep({ indexer: INDEXER, pages: made.pages }, bundle);
    } else if (!placed) {
      await writeBundle(distDir, dir, files, bundle, {});
    }
    indexed.push({ lang, pages: await pageCount(bundle), bundle, kept: placed, reused });
  }
  return indexed;
}
