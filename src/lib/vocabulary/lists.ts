import { INTL_LOCALE, type Lang } from '../../i18n/locales';

/** Made once: an Intl formatter costs far more to make than to use. */
const ENGLISH_LIST = new Intl.ListFormat(INTL_LOCALE.en, { type: 'conjunction' });

/**
 * Names run together as each language lists them in running text: "Wuhan, Yichang and Huangshi" in
 * English; 武汉市、宜昌市、黄石市 in Chinese, with the enumeration comma and no "and", as an editor writes
 * a list of bodies or topics.
 */
export function listOf(items: readonly string[], lang: Lang): string {
  return lang === 'zh' ? items.join('、') : ENGLISH_LIST.format(items);
}
