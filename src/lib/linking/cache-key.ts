import { createHash } from 'node:crypto';

/**
 * A page's cache key: a hash of everything besides code that its HTML is made from.
 * An unchanged key lets a build copy the page it rendered last time instead of
 * rendering it (Astro's incremental build, which hashes the code itself). So a page
 * must put in its key all it reads: its bulletin's digest, and the others it lists or
 * the day its statuses are worked out for (AS_OF), where it shows them.
 */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
