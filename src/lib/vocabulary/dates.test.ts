import { describe, expect, it } from 'vitest';
import { compareDatesDescending, dayNumber, formatDate, isoDate, parsePartialDate } from './dates';

describe('parsePartialDate()', () => {
  it('reads a full date and a month-only date', () => {
    expect(parsePartialDate('2020-05-27')).toEqual({ year: 2020, month: 5, day: 27 });
    expect(parsePartialDate('2020-08')).toEqual({ year: 2020, month: 8 });
  });

  it('rejects days and months that do not exist', () => {
    expect(parsePartialDate('2021-02-29')).toBeNull();
    expect(parsePartialDate('2020-13')).toBeNull();
    expect(parsePartialDate('2020-00-10')).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('rejects other spellings of a date', () => {
    for (const text of ['2020/05/27', '27-05-2020', '2020-5-27', '2020', '2020-05-27T00:00', '']) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });
});

describe('isoDate()', () => {
  it('pads month and day', () => {
    expect(isoDate({ year: 2021, month: 3, day: 8 })).toBe('2021-03-08');
    expect(isoDate({ year: 2020, month: 8 })).toBe('2020-08');
  });
});

describe('formatDate()', () => {
  it('writes English dates day-month-year and Chinese dates with 年月日', () => {
    expect(formatDate({ year: 2020, month: 5, day: 27 }, 'en')).toBe('27 May 2020');
    expect(formatDate({ year: 2020, month: 5, day: 27 }, 'zh')).toBe('2020年5月27日');
  });

  it('writes only the month when only the month is known', () => {
    expect(formatDate({ year: 2020, month: 8 }, 'en')).toBe('August 2020');
    expect(formatDate({ year: 2020, month: 8 }, 'zh')).toBe('2020年8月');
  });
});

describe('compareDatesDescending()', () => {
  it('sorts newest first, a month-only date as the first of its month', () => {
    const dates = [
      { year: 2020, month: 8 },
      { year: 2024, month: 6, day: 18 },
      { year: 2020, month: 8, day: 2 },
      { year: 2020, month: 5, day: 27 },
    ];
    expect(dates.sort(compareDatesDescending).map(isoDate)).toEqual(['2024-06-18', '2020-08-02', '2020-08', '2020-05-27']);
  });
});

describe('dayNumber()', () => {
  it('counts the days between two dates across a leap year, a month-only date as the first of its month', () => {
    expect(dayNumber({ year: 2021, month: 3, day: 1 }) - dayNumber({ year: 2020, month: 2, day: 28 })).toBe(367);
    expect(dayNumber({ year: 2020, month: 8 })).toBe(dayNumber({ year: 2020, month: 8, day: 1 }));
    expect(dayNumber({ year: 1970, month: 1, day: 2 })).toBe(1);
  });
});
