/** The site's languages, as they appear in URLs. The first is the default. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
/** The language of a page that has none of its own (the chooser, short links, the 404 page), and the fallback for a reader's. */
export const DEFAULT_LANG: Lang = LANGS[0];

/**
 * Each language as the standards that name it write it: BCP 47 for `<html lang>`,
 * hreflang, RSS and schema.org; Open Graph's underscore form; and the locale that
 * `Intl` formats numbers and dates and sorts in (British English, as the site writes).
 */
export const HTML_LANG = { en: 'en', zh: 'zh-CN' } as const satisfies Record<Lang, string>;
export const OPEN_GRAPH_LOCALE = { en: 'en_GB', zh: 'zh_CN' } as const satisfies Record<Lang, string>;
export const INTL_LOCALE = { en: 'en-GB', zh: 'zh-CN' } as const satisfies Record<Lang, string>;

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** The other language: the site has exactly two. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}
