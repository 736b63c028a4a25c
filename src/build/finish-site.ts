import { rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR } from '../cache-dir.ts';
import { LANGS, type Lang } from '../i18n/locales.ts';
import { searchBundlePath } from '../lib/linking/paths.ts';
import { brotliLevelFor } from './compression-levels.ts';
import { precompression } from './precompress.ts';
import { run } from './run.ts';

const INDEXER = fileURLToPath(new URL('./search-index-process.ts', import.meta.url));

/**
 * Set by `npm run build` (build.ts) for Astro's process: the site is finished after that
 * process has ended, not inside it (see build.ts for why).
 */
export const FINISHED_AFTER_ASTRO = 'DIGEST_FINISH_AFTER_ASTRO';

/** The search bundles' folders, as paths under the site (`pagefind/en/`, …). */
const BUNDLES = LANGS.map((lang) => searchBundlePath(lang).split('/').filter(Boolean).join(sep) + sep);

/**
 * The language whose index is made last, beside the compression of the pages. Pagefind holds
 * about twice the memory for the Chinese pages as for the English (2.1 against 1.1 GiB at
 * 3,000 bulletins), so the build's peak stays the Chinese index's alone, made first.
 */
const INDEXED_BESIDE_COMPRESSION: Lang = 'en';

/**
 * What a build does once Astro has written the pages to `dist`: the search index, one
 * language at a time in a process of its own (search-index-process.ts), each language's
 * bundle kept in `cacheDir` and placed again while no page it indexes changes, and a `.br` and a
 * `.gz` of every text file, the index's and the server files' included. A site without
 * either must not look finished, so when one fails the whole site is removed.
 *
 * Pagefind keeps one core busy, so on a machine of two the pages are compressed while the
 * last language is indexed: all a publish's compression (mostly hashing every file), and
 * the start of a cold build's brotli. The index's own files are compressed once written.
 */
export async function finishSite(dist: string, cacheDir: string = CACHE_DIR): Promise<void> {
  const started = performance.now();
  const index = (langs: readonly Lang[]) => run(process.execPath, [INDEXER, dist, `--kept=${join(cacheDir, 'search-index')}`, ...langs]);
  const first = await index(LANGS.filter((lang) => lang !== INDEXED_BESIDE_COMPRESSION)).catch(String);
  if (first !== 0) return failedIndex(dist, first);
  const copies = precompression(dist, join(cacheDir, 'precompressed'), brotliLevelFor);
  // Timed on its own, so a build's log says what the pages' copies cost beside the index.
  const timed = async () => { const start = performance.now(); await copies.compress('', BUNDLES); return performance.now() - start; };
  const [last, pages] = await Promise.allSettled([index([INDEXED_BESIDE_COMPRESSION]), timed()]);
  if (last.status === 'rejected' || last.value !== 0) return failedIndex(dist, last.status === 'fulfilled' ? last.value : String(last.reason));
  try {
    if (pages.status === 'rejected') throw pages.reason;
    for (const bundle of BUNDLES) await copies.compress(bundle);
    const { compressed, reused, pruned } = await copies.finish();
    console.log(`compressed copies: ${compressed} files compressed, ${reused} reused, ${pruned} unused removed from the cache; the pages’ copies in ${Math.round(pages.value)} ms; the site finished in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    await rm(dist, { recursive: true, force: true });
    throw new Error(`compressing the site failed: ${error instanceof Error ? error.message : String(error)}\nThe pages in ${dist}/ were removed; fix the cause and build again.`);
  }
}

/** `outcome`: the indexer's exit code, or why it could not start. */
async function failedIndex(dist: string, outcome: number | null | string): Promise<never> {
  // A failing indexer removes the site and says why; removed here too, for the copies placed
  // meanwhile and for an indexer that could not even start.
  await rm(dist, { recursive: true, force: true });
  const why = typeof outcome === 'string' ? outcome : `exit ${outcome}`;
  throw new Error(`the search index step failed (${why}); its message is above`);
}
