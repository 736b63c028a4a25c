import type { Lang } from '../../i18n/locales';
import { formatNumber } from '../../i18n/numbers';
import type { KeyFigure } from '../content/schema/facts';
import { UNITS } from '../vocabulary/units';

/**
 * Money as a reader of each language counts it: English in millions and
 * billions, Chinese in 万 (10^4) and 亿 (10^8). 1623000000 → "1.623" + "billion" / "16.23" + "亿".
 */
function scaleYuan(value: number, lang: Lang): { digits: string; magnitude: string } {
  const scales = lang === 'zh' ? ([[1e8, '亿'], [1e4, '万']] as const) : ([[1e9, ' billion'], [1e6, ' million']] as const);
  const [divisor, magnitude] = scales.find(([d]) => Math.abs(value) >= d) ?? [1, ''];
  return { digits: formatNumber(value / divisor, lang), magnitude };
}

/** The figure's number with its unit: "19.2 billion yuan" / "192亿元", "12%", "7 enterprises" / "7家". */
export function formatFigureValue(figure: Pick<KeyFigure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const unit = UNITS[figure.unit];
  const { digits, magnitude } = figure.unit === 'yuan' ? scaleYuan(figure.value, lang) : { digits: formatNumber(figure.value, lang), magnitude: '' };
  const moreThan = figure.qualifier === 'more-than';
  // Chinese puts 余 ("and more") after the digits, before 万/亿: 5000余万元, 1000余人.
  if (lang === 'zh') return `${digits}${moreThan ? '余' : ''}${magnitude}${unit.zh}`;
  const words = figure.unit === 'percent' ? `${digits}%` : `${digits}${magnitude} ${unit.en[figure.value === 1 ? 0 : 1]}`;
  return moreThan ? `more than ${words}` : words;
}
