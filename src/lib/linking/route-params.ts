import { LANGS, type Lang } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';

/** `getStaticPaths` entries for a page that exists once per language. */
export function langPaths(): { params: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** `getStaticPaths` entries for a page each bulletin has in each language (its page, its side-by-side view, its share image). */
export function bulletinPaths(bulletins: readonly Bulletin[]): { params: { lang: Lang; id: string }; props: { bulletin: Bulletin } }[] {
  return bulletins.flatMap((bulletin) => LANGS.map((lang) => ({ params: { lang, id: bulletin.id }, props: { bulletin } })));
}
