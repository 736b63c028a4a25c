// With its extension: the search index step (src/build/search-index-process.ts) loads this module in plain Node.
import { LANGS, type Lang } from '../../i18n/locales.ts';

/** Every URL the site links to is made here, so the URL scheme lives in one place. */

/** One page's path in each language: its hreflang alternates, and its entry in the sitemap. */
export function inEachLang(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, path(lang)])) as Record<Lang, string>;
}

export function homePath(lang: Lang): string {
  return `/${lang}/`;
}

export function bulletinPath(lang: Lang, bulletinId: string): string {
  return `/${lang}/bulletins/${bulletinId}/`;
}

export function searchPath(lang: Lang): string {
  return `/${lang}/search/`;
}

/** The Pagefind bundle (index, wasm, `pagefind.js`) of one language's pages. */
export function searchBundlePath(lang: Lang): string {
  return `/pagefind/${lang}/`;
}

/** A bulletin's short link: opens it in the reader's language. */
export function permalinkPath(code: string): string {
  return `/b/${code}/`;
}

/** A bulletin's short link in one language. */
export function permalinkLangPath(code: string, lang: Lang): string {
  return `/b/${code}/${lang}/`;
}

/** The RSS feed of every bulletin in one language. */
export function feedPath(lang: Lang): string {
  return `/${lang}/feed.xml`;
}

/** The RSS feed of the bulletins on one topic, beside the topic's page. */
export function topicFeedPath(lang: Lang, topic: string): string {
  return `${topicPath(lang, topic)}feed.xml`;
}

/** The RSS feed of the bulletins of one region and the places within it, beside the region's page. */
export function regionFeedPath(lang: Lang, region: string): string {
  return `${regionPath(lang, region)}feed.xml`;
}

/** The sitemap index, which names the sitemap files; @astrojs/sitemap writes it (src/integrations/sitemap.ts). */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** The share (Open Graph) image of a bulletin in one language. */
export function shareImagePath(lang: Lang, bulletinId: string): string {
  return `/${lang}/bulletins/${bulletinId}/share.png`;
}

export function regionsPath(lang: Lang): string {
  return `/${lang}/regions/`;
}

export function regionPath(lang: Lang, region: string): string {
  return `/${lang}/regions/${region}/`;
}

export function topicsPath(lang: Lang): string {
  return `/${lang}/topics/`;
}

export function topicPath(lang: Lang, topic: string): string {
  return `/${lang}/topics/${topic}/`;
}

/** The regions side by side on one topic: what each authority did about it. */
export function topicComparePath(lang: Lang, topic: string): string {
  return `${topicPath(lang, topic)}compare/`;
}

export function yearsPath(lang: Lang): string {
  return `/${lang}/years/`;
}

export function yearPath(lang: Lang, year: number): string {
  return `/${lang}/years/${year}/`;
}

export function measuresPath(lang: Lang): string {
  return `/${lang}/measures/`;
}

export function aboutPath(lang: Lang): string {
  return `/${lang}/about/`;
}

/** The About page's account of what each mark of a text's status means. */
export function aboutStatusPath(lang: Lang): string {
  return `${aboutPath(lang)}#text-status`;
}

export function glossaryPath(lang: Lang): string {
  return `/${lang}/glossary/`;
}

/** A glossary entry's anchor (its element id): the same in both languages. */
export function glossaryTermAnchor(termId: string): string {
  return `term-${termId}`;
}

export function glossaryTermPath(lang: Lang, termId: string): string {
  return `${glossaryPath(lang)}#${glossaryTermAnchor(termId)}`;
}

/** A bulletin's original and translation side by side. */
export function comparePath(lang: Lang, bulletinId: string): string {
  return `${bulletinPath(lang, bulletinId)}compare/`;
}

/** A bulletin's reference in one language, for reference managers: RIS (`ris`) or CSL-JSON (`json`). */
export function referencePath(lang: Lang, bulletinId: string, format: 'ris' | 'json'): string {
  return `${bulletinPath(lang, bulletinId)}citation.${format}`;
}
