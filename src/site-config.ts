import { parsePartialDate, type PartialDate } from './lib/vocabulary/dates';

/**
 * The settings of the site that are not content, each read once here from the
 * environment of the build: `DIGEST_SITE` (in astro.config) is the address the
 * site is served at; `DIGEST_REPORT_ERRORS_TO` is where readers report errors.
 */

/** A place to report errors: a mail address, or a web page (a form, an issue tracker). */
export interface ReportContact {
  href: string;
  text: string;
}

/**
 * Reads the report address: `corrections@example.gov.cn` or an `https://` page.
 * Unset or empty gives null, and the About page leaves its paragraph out; a
 * value that is neither fails the build rather than printing a dead link.
 */
export function reportContact(value: string | undefined): ReportContact | null {
  const address = value?.trim() ?? '';
  if (address === '') return null;
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address)) return { href: `mailto:${address}`, text: address };
  if (/^https?:\/\//.test(address) && URL.canParse(address)) return { href: address, text: address.replace(/^https?:\/\//, '') };
  throw new Error(`DIGEST_REPORT_ERRORS_TO is ${JSON.stringify(address)}, which is neither a mail address nor an http(s) address. Fix: set it to e.g. corrections@example.org or https://example.org/report, or leave it unset.`);
}

export const REPORT_ERRORS_TO = reportContact(process.env['DIGEST_REPORT_ERRORS_TO']);

/**
 * The day measure statuses are worked out for (in force, lapsed …), printed beside them as "as of".
 * `DIGEST_AS_OF=YYYY-MM-DD` fixes it, for a build that must be reproduced; otherwise it is the day of
 * the build in China, where the measures apply.
 */
export function asOfDate(value: string | undefined, now: Date = new Date()): PartialDate {
  const text = value?.trim() ?? '';
  if (text === '') {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    return parsePartialDate(day)!;
  }
  const date = parsePartialDate(text);
  if (!date || date.day === undefined) throw new Error(`DIGEST_AS_OF is ${JSON.stringify(text)}, which is not a day. Fix: set it to a date as YYYY-MM-DD, e.g. 2026-12-01, or leave it unset for the day of the build.`);
  return date;
}

export const AS_OF = asOfDate(process.env['DIGEST_AS_OF']);
