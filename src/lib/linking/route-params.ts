import { LANGS, type Lang } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';
import { pageCacheKey } from './cache-key';

/** `getStaticPaths` entries for a page that exists once per language. */
export function langPaths(): { params: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export interface BulletinPath {
  params: { lang: Lang; id: string };
  props: { bulletin: Bulletin };
  /** Unchanged while the bulletin is, so a rebuild reuses the page (see pageCacheKey). */
  cacheKey: string;
}

/**
 * `getStaticPaths` entries for a page each bulletin has in each language (its page, its
 * side-by-side view, its share image, its citations), made from that bulletin alone.
 */
export function bulletinPaths(bulletins: readonly Bulletin[], digests: ReadonlyMap<string, string>): BulletinPath[] {
  return bulletins.flatMap((bulletin) => {
    const cacheKey = pageCacheKey(digestOf(bulletin, digests));
    return LANGS.map((lang) => ({ params: { lang, id: bulletin.id }, props: { bulletin }, cacheKey }));
  });
}

/** A bulletin's digest; every loaded bulletin has one, so a missing one is a bug, not a reason to reuse a stale page. */
export function digestOf(bulletin: Bulletin, digests: ReadonlyMap<string, string>): string {
  const digest = digests.get(bulletin.id);
  if (digest === undefined) throw new Error(`bulletin ${bulletin.id} has no digest; load digests with loadBulletinDigests()`);
  return digest;
}
