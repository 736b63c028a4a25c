import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { searchBundlePath } from '../linking/paths.ts';
import { keptBundle } from './kept-bundle.ts';

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
}

/**
 * What a bundle is made with besides its pages: this code (how pages are chosen and handed
 * over, what is left out) and every package's version (Pagefind's is in the lockfile).
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

interface Page {
  file: string;
  url: string;
  content: string;
}

/**
 * The pages of one language Pagefind indexes, in sorted order: Pagefind numbers pages as they
 * arrive, and the same site must give the same index. Read a few at a time; pages with nothing
 * to index (lists, the side-by-side view) are left out.
 */
async function* pagesToIndex(distDir: string, lang: Lang): AsyncGenerator<Page> {
  const files = await htmlFilesUnder(join(distDir, lang));
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const contents = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
    for (const [j, content] of contents.entries()) {
      if (content.includes('data-pagefind-body')) yield { file: batch[j]!, url: urlOf(distDir, batch[j]!), content };
    }
  }
}

/** What one language's bundle is made from: the indexer, and every page it indexes, whole, with its URL. */
async function keyOf(distDir: string, lang: Lang): Promise<string> {
  const hash = createHash('sha256').update(INDEXER).update(lang);
  for await (const { url, content } of pagesToIndex(distDir, lang)) hash.update(url).update('\0').update(content).update('\0');
  return hash.digest('base64url');
}

/**
 * Writes one language's bundle to `outputPath`, in a fresh Pagefind process that is closed
 * when it is written: the indexer holds every page of a bundle in memory until it writes, and a
 * closed process gives all of it back, so the peak is one language's, not both.
 */
async function writeBundle(distDir: string, lang: Lang, outputPath: string): Promise<void> {
  try {
    const created = await pagefind.createIndex({});
    const index = created.index;
    if (!index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
    for await (const { file, url, content } of pagesToIndex(distDir, lang)) {
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const name of await readdir(outputPath)) {
      if (UNUSED_BUNDLE_FILES.test(name)) await rm(join(outputPath, name));
    }
  } finally {
    await pagefind.close();
  }
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
 * placed again instead of made when no page it indexes changed (kept-bundle.ts): reading and
 * hashing the pages takes a small part of indexing them.
 */
export async function buildSearchIndexes(distDir: string, langs: readonly Lang[] = LANGS, keptIn?: string): Promise<IndexedLanguage[]> {
  const indexed: IndexedLanguage[] = [];
  for (const lang of langs) {
    const bundle = join(distDir, searchBundlePath(lang));
    const kept = keptIn === undefined ? null : keptBundle(join(keptIn, lang));
    const key = kept ? await keyOf(distDir, lang) : '';
    const placed = kept ? await kept.placeIfMadeFrom(key, bundle) : false;
    if (!placed) {
      await writeBundle(distDir, lang, kept ? await kept.fresh() : bundle);
      await kept?.keep(key, bundle);
    }
    indexed.push({ lang, pages: await pageCount(bundle), bundle, kept: placed });
  }
  return indexed;
}
