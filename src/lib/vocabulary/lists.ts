import { INTL_LOCALE, type Lang } from '../../i18n/locales';

/**
 * Names run together as each language lists them in running text: "Wuhan, Yichang and Huangshi" in
 * English; 武汉市、宜昌市、黄石市 in Chinese, with the enumeration comma and no "and", as an editor writes
 * a list of bodies or topics.
 */
export function listOf(items: readonly string[], lang: Lang): string {
  return lang === 'zh' ? items.join('、') : new Intl.ListFormat(INTL_LOCALE.en, { type: 'conjunction' }).format(items);
}
