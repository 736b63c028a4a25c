import { describe, expect, it } from 'vitest';
import { formatFigureValue } from './figures';

describe('formatFigureValue()', () => {
  it('counts yuan in billions and millions in English, in 亿 and 万 in Chinese', () => {
    // Dezhou's output value, Deqing's investment, financing and incentive funds.
    expect(formatFigureValue({ value: 19_200_000_000, unit: 'yuan' }, 'en')).toBe('19.2 billion yuan');
    expect(formatFigureValue({ value: 19_200_000_000, unit: 'yuan' }, 'zh')).toBe('192亿元');
    expect(formatFigureValue({ value: 1_623_000_000, unit: 'yuan' }, 'en')).toBe('1.623 billion yuan');
    expect(formatFigureValue({ value: 1_623_000_000, unit: 'yuan' }, 'zh')).toBe('16.23亿元');
    expect(formatFigureValue({ value: 66_000_000, unit: 'yuan' }, 'en')).toBe('66 million yuan');
    expect(formatFigureValue({ value: 66_000_000, unit: 'yuan' }, 'zh')).toBe('6600万元');
    expect(formatFigureValue({ value: 700_000, unit: 'yuan' }, 'en')).toBe('700,000 yuan');
    expect(formatFigureValue({ value: 700_000, unit: 'yuan' }, 'zh')).toBe('70万元');
  });

  it('keeps small sums of yuan as they are', () => {
    expect(formatFigureValue({ value: 9_500, unit: 'yuan' }, 'en')).toBe('9,500 yuan');
    expect(formatFigureValue({ value: 9_500, unit: 'yuan' }, 'zh')).toBe('9500元');
  });

  it('writes percentages with their decimals', () => {
    expect(formatFigureValue({ value: 54.1, unit: 'percent' }, 'en')).toBe('54.1%');
    expect(formatFigureValue({ value: 2.5, unit: 'percent' }, 'zh')).toBe('2.5%');
  });

  it('puts English counts in the singular for one and the plural otherwise, Chinese with a measure word', () => {
    expect(formatFigureValue({ value: 1, unit: 'enterprises' }, 'en')).toBe('1 enterprise');
    expect(formatFigureValue({ value: 5, unit: 'enterprises' }, 'en')).toBe('5 enterprises');
    expect(formatFigureValue({ value: 5, unit: 'enterprises' }, 'zh')).toBe('5家');
    expect(formatFigureValue({ value: 17, unit: 'prefectures' }, 'zh')).toBe('17个市州');
    expect(formatFigureValue({ value: 3, unit: 'working-days' }, 'en')).toBe('3 working days');
  });

  it('says "more than" where the text gives a floor', () => {
    expect(formatFigureValue({ value: 1000, unit: 'people', qualifier: 'more-than' }, 'en')).toBe('more than 1,000 people');
    expect(formatFigureValue({ value: 1000, unit: 'people', qualifier: 'more-than' }, 'zh')).toBe('1000余人');
    expect(formatFigureValue({ value: 50_000_000, unit: 'yuan', qualifier: 'more-than' }, 'zh')).toBe('5000余万元');
  });
});
