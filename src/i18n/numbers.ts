import { INTL_LOCALE, type Lang } from './locales';

/** Number formats by language and decimals, each made once: making one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Up to `digits` decimals, no trailing zeros, grouped for the language: 6,783 in English, 6783 in Chinese. */
export function formatNumber(value: number, lang: Lang, digits = 4): string {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], {
      maximumFractionDigits: digits,
      // Chinese authorities write 1000余人, not 1,000余人.
      useGrouping: lang === 'en' ? 'always' : false,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
