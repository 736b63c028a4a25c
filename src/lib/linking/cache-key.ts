import { createHash } from 'node:crypto';
import type { Bulletin } from '../content/bulletin';

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

/**
 * The cache key of a page made from many bulletins (a list, a region with its places):
 * `pageCacheKey` of its parts with each bulletin in them, however deep, replaced by its
 * digest, so the key stays small and still changes when any of them does.
 */
export function bulletinsCacheKey(digests: ReadonlyMap<string, string>, ...parts: unknown[]): string {
  const replaced = JSON.stringify(parts, (_, value: unknown) => (isBulletin(value) ? digestOf(value, digests) : value));
  return pageCacheKey(replaced);
}

function isBulletin(value: unknown): value is Bulletin {
  return typeof value === 'object' && value !== null && typeof (value as Bulletin).id === 'string' && 'facts' in value && 'texts' in value;
}

/** A bulletin's digest; every loaded bulletin has one, so a missing one is a bug, not a reason to reuse a stale page. */
export function digestOf(bulletin: Pick<Bulletin, 'id'>, digests: ReadonlyMap<string, string>): string {
  const digest = digests.get(bulletin.id);
  if (digest === undefined) throw new Error(`bulletin ${bulletin.id} has no digest; load digests with loadBulletinDigests()`);
  return digest;
}
