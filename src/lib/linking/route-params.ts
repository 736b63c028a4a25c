import { LANGS, type Lang } from '../../i18n/locales';

/** `getStaticPaths` entries for a page that exists once per language. */
export function langPaths(): { params: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang } }));
}
