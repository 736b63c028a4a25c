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
