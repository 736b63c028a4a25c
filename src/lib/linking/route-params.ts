import { LANGS, type Lang } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';
import { bulletinsCacheKey, digestOf, pageCacheKey } from './cache-key';

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

/**
 * `getStaticPaths` entries of a page made from its props alone (a list page, a region's
 * page), each given a cache key of its props and of `extra` (the day its statuses are
 * for, where it shows them): a rebuild reuses the page while none of what it shows changed.
 */
export function keyedByProps<P extends { props: unknown }>(paths: P[], digests: ReadonlyMap<string, string>, ...extra: unknown[]): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: bulletinsCacheKey(digests, ...extra, path.props) }));
}
