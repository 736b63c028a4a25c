import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR } from '../cache-dir.ts';
import { precompressDir } from './precompress.ts';
import { run } from './run.ts';

const INDEXER = fileURLToPath(new URL('./search-index-process.ts', import.meta.url));

/**
 * Set by `npm run build` (build.ts) for Astro's process: the site is finished after that
 * process has ended, not inside it (see build.ts for why).
 */
export const FINISHED_AFTER_ASTRO = 'DIGEST_FINISH_AFTER_ASTRO';

/**
 * What a build does once Astro has written the pages to `dist`: the search index, in a
 * process of its own (search-index-process.ts), then a `.br` and a `.gz` of every text
 * file, the index's and the server files' included. A site without either must not look
 * finished, so when one fails the whole site is removed.
 */
export async function finishSite(dist: string, cacheDir: string = CACHE_DIR): Promise<void> {
  const code = await run(process.execPath, [INDEXER, dist]);
  // The indexer has removed the site and said why.
  if (code !== 0) throw new Error(`the search index step failed (exit ${code}); its message is above`);
  const started = performance.now();
  try {
    const { compressed, reused, pruned } = await precompressDir(dist, join(cacheDir, 'precompressed'));
    console.log(`compressed copies: ${compressed} files compressed, ${reused} reused, ${pruned} unused removed from the cache in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    await rm(dist, { recursive: true, force: true });
    throw new Error(`compressing the site failed: ${error instanceof Error ? error.message : String(error)}\nThe pages in ${dist}/ were removed; fix the cause and build again.`);
  }
}
