import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { searchBundlePath } from '../linking/paths.ts';

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
}

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

/** How many pages a written bundle holds: only those marked `data-pagefind-body` count. */
async function pageCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
}

/**
 * Builds one Pagefind bundle per language of `langs` (all of them unless named),
 * `dist/pagefind/{lang}/`, from the built pages under `dist/{lang}/`. Pages are fed one at
 * a time (never the whole folder at once) and only the pages marked `data-pagefind-body` are indexed.
 * Separate bundles let a page search its own language, and the other only when asked.
 */
export async function buildSearchIndexes(distDir: string, langs: readonly Lang[] = LANGS): Promise<IndexedLanguage[]> {
  const indexed: IndexedLanguage[] = [];
  // One language at a time, each in a fresh Pagefind process that is closed when its bundle
  // is written: the indexer holds every page of a bundle in memory until it writes, and a
  // closed process gives all of it back, so the peak is one language's, not both.
  for (const lang of langs) {
    try {
      const created = await pagefind.createIndex({});
      const index = created.index;
      if (!index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
      const files = await htmlFilesUnder(join(distDir, lang));
      // Pages are read a few at a time but added one by one in sorted order: Pagefind numbers
      // pages as they arrive, and the same site must give the same index. Pages with nothing to
      // index (lists, the side-by-side view) are not sent at all.
      for (let i = 0; i < files.length; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        const contents = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
        for (const [j, content] of contents.entries()) {
          if (!content.includes('data-pagefind-body')) continue;
          const file = batch[j]!;
          const added = await index.addHTMLFile({ url: urlOf(distDir, file), content });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        }
      }
      const bundle = join(distDir, searchBundlePath(lang));
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
      for (const name of await readdir(bundle)) {
        if (UNUSED_BUNDLE_FILES.test(name)) await rm(join(bundle, name));
      }
      indexed.push({ lang, pages: await pageCount(bundle), bundle });
    } finally {
      await pagefind.close();
    }
  }
  return indexed;
}
