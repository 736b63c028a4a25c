import { isoDate, type PartialDate, utcStart } from '../vocabulary/dates';

/**
 * Dates as the citation styles write them, in a module of their own so that the
 * copy script (src/scripts/copy.ts) writes the reader's access date with the very
 * code the build writes the build date with.
 */

/** How each citation style writes a date: GB/T 7714 YYYY-MM-DD (§8.4.4), Chicago Month Day, Year. */
export type DateStyle = 'iso' | 'chicago';

/**
 * Chicago's two date forms, each made once (as the site's other English dates are): American
 * month-first order, as Chicago writes dates, whatever the site's English (en-GB) does elsewhere.
 */
const CHICAGO_DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const CHICAGO_MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as a citation style writes it: "2020-05-27" / "May 27, 2020", or for a month only "2020-08" / "August 2020". */
export function citationDate(date: PartialDate, style: DateStyle): string {
  if (style === 'iso') return isoDate(date);
  const format = date.day === undefined ? CHICAGO_MONTH : CHICAGO_DAY;
  return format.format(utcStart(date));
}

/** A moment's calendar day where it happens: the build machine's today, or the reader's. */
export function calendarDay(now: Date): Required<PartialDate> {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
