import { LANGS, type Lang } from '../i18n/locales';
import type { Bulletin } from './bulletin';
import { isoDate } from './dates';
import { bulletinPath, homePath, searchPath } from './paths';

/** A page the site has once per language: its path in each, and when its content last changed. */
export interface LocalizedPage {
  paths: Record<Lang, string>;
  lastModified?: string;
}

const perLang = (path: (lang: Lang) => string) => Object.fromEntries(LANGS.map((lang) => [lang, path(lang)])) as Record<Lang, string>;

/**
 * Every page a reader (or a search engine) should find, in both languages: the
 * sitemap is made from this list, and a test checks it against the built pages.
 * Short links and the 404 page are not pages of their own and are left out.
 */
export function localizedPages(bulletins: readonly Bulletin[]): LocalizedPage[] {
  return [
    { paths: perLang(homePath) },
    { paths: perLang(searchPath) },
    ...bulletins.map((b) => ({
      paths: perLang((lang) => bulletinPath(lang, b.id)),
      ...(b.facts.source.publishedOn ? { lastModified: isoDate(b.facts.source.publishedOn) } : {}),
    })),
  ];
}
