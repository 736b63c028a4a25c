import { INTL_LOCALE, type Lang } from '../../i18n/locales';

/** A date known to the day, or only to the month ("2020-08"). */
export interface PartialDate {
  year: number;
  month: number;
  day?: number;
}

const PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parses "YYYY-MM-DD" or "YYYY-MM"; null when the text is not such a date or no such day exists. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined];
  if (month < 1 || month > 12) return null;
  if (day !== undefined) {
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  }
  return day === undefined ? { year, month } : { year, month, day };
}

/** The ISO form: "2020-08" or "2020-05-27". Used for `<time datetime>` and sorting. */
export function isoDate(date: PartialDate): string {
  const mm = String(date.month).padStart(2, '0');
  return date.day === undefined ? `${date.year}-${mm}` : `${date.year}-${mm}-${String(date.day).padStart(2, '0')}`;
}

/** Newest first; a month-only date sorts as the first of its month. */
export function compareDatesDescending(a: PartialDate, b: PartialDate): number {
  return (b.year - a.year) || (b.month - a.month) || ((b.day ?? 1) - (a.day ?? 1));
}

/** A day in milliseconds: dates here are UTC calendar days, all of this length. */
export const DAY_MS = 86_400_000;

/** Milliseconds since 1970 at the UTC midnight that starts a date; a month-only date starts on the 1st, as in sorting. */
export function utcStart(date: PartialDate): number {
  return Date.UTC(date.year, date.month - 1, date.day ?? 1);
}

/** Days since 1 January 1970; a month-only date counts as the first of its month, as in sorting. */
export function dayNumber(date: PartialDate): number {
  return utcStart(date) / DAY_MS;
}

/**
 * One formatter for every English date: making an Intl formatter costs far more than using one,
 * and a large archive's build formats hundreds of thousands of dates.
 */
const ENGLISH_MONTH = new Intl.DateTimeFormat(INTL_LOCALE.en, { month: 'long', timeZone: 'UTC' });

/** "27 May 2020" / "August 2020" in English, "2020年5月27日" / "2020年8月" in Chinese. */
export function formatDate(date: PartialDate, lang: Lang): string {
  if (lang === 'zh') return `${date.year}年${date.month}月${date.day === undefined ? '' : `${date.day}日`}`;
  const month = ENGLISH_MONTH.format(Date.UTC(date.year, date.month - 1, 1));
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** The number of days in a date's month: the last day "2020-12" stands for is the 31st. */
export function lastDayOf(date: PartialDate): number {
  return new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}
