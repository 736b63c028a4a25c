import { rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR } from '../cache-dir.ts';
import { LANGS } from '../i18n/locales.ts';
import { searchBundlePath } from '../lib/linking/paths.ts';
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
const inSearchBundle = (file: string) => BUNDLES.some((bundle) => file.startsWith(bundle));

/**
 * What a build does once Astro has written the pages to `dist`: the search index, in a
 * process of its own (search-index-process.ts), and a `.br` and a `.gz` of every text
 * file, the index's and the server files' included. A site without either must not look
 * finished, so when one fails the whole site is removed.
 *
 * The pages are compressed while the index is being made, and the index's own files once
 * it is written: Pagefind keeps about half of one core busy, and a cold build's brotli
 * (minutes on a large archive) or a publish's hashing of every file can use the rest.
 */
export async function finishSite(dist: string, cacheDir: string = CACHE_DIR): Promise<void> {
  const started = performance.now();
  const copies = precompression(dist, join(cacheDir, 'precompressed'));
  const [indexing, pages] = await Promise.allSettled([run(process.execPath, [INDEXER, dist]), copies.compress((file) => !inSearchBundle(file))]);
  if (indexing.status === 'rejected' || indexing.value !== 0) {
    // A failing indexer removes the site and says why; removed here too, for the copies placed
    // meanwhile and for an indexer that could not even start.
    await rm(dist, { recursive: true, force: true });
    const code = indexing.status === 'fulfilled' ? `exit ${indexing.value}` : String(indexing.reason);
    throw new Error(`the search index step failed (${code}); its message is above`);
  }
  try {
    if (pages.status === 'rejected') throw pages.reason;
    await copies.compress(inSearchBundle);
    const { compressed, reused, pruned } = await copies.finish();
    console.log(`compressed copies: ${compressed} files compressed, ${reused} reused, ${pruned} unused removed from the cache; the site finished in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    await rm(dist, { recursive: true, force: true });
    throw new Error(`compressing the site failed: ${error instanceof Error ? error.message : String(error)}\nThe pages in ${dist}/ were removed; fix the cause and build again.`);
  }
}
