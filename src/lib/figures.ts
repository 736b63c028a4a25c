import type { Lang } from '../i18n/locales';
import type { KeyFigure } from './schema/facts';
import { UNITS } from './units';

/** Up to `digits` decimals, no trailing zeros, grouped for the language. */
function formatNumber(value: number, lang: Lang, digits = 3): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    maximumFractionDigits: digits,
    // Chinese authorities write 1000余人, not 1,000余人.
    useGrouping: lang === 'en' ? 'always' : false,
  }).format(value);
}

/**
 * Money as a reader of each language counts it: English in millions and
 * billions, Chinese in 万 (10^4) and 亿 (10^8). 1623000000 → "1.623 billion" / "16.23亿".
 */
function formatYuan(value: number, lang: Lang): string {
  if (lang === 'zh') {
    if (Math.abs(value) >= 1e8) return `${formatNumber(value / 1e8, lang, 4)}亿`;
    if (Math.abs(value) >= 1e4) return `${formatNumber(value / 1e4, lang, 4)}万`;
    return formatNumber(value, lang);
  }
  if (Math.abs(value) >= 1e9) return `${formatNumber(value / 1e9, lang)} billion`;
  if (Math.abs(value) >= 1e6) return `${formatNumber(value / 1e6, lang)} million`;
  return formatNumber(value, lang);
}

/** The figure's number with its unit: "19.2 billion yuan" / "192亿元", "12%", "7 enterprises" / "7家". */
export function formatFigureValue(figure: Pick<KeyFigure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const unit = UNITS[figure.unit];
  const number = figure.unit === 'yuan' ? formatYuan(figure.value, lang) : formatNumber(figure.value, lang);
  const moreThan = figure.qualifier === 'more-than';
  if (lang === 'zh') return `${number}${moreThan ? '余' : ''}${unit.zh}`;
  const words = figure.unit === 'percent' ? `${number}%` : `${number} ${unit.en[figure.value === 1 ? 0 : 1]}`;
  return moreThan ? `more than ${words}` : words;
}
