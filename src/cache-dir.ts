/**
 * Where the build keeps what it can reuse next time (Astro's content cache, the
 * rendered share images): `node_modules/.astro` unless DIGEST_CACHE_DIR names
 * another folder. Test and benchmark builds name their own, so they never share it.
 */
export const CACHE_DIR = process.env.DIGEST_CACHE_DIR ?? './node_modules/.astro';
