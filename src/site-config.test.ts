import { describe, expect, it } from 'vitest';
import { reportContact } from './site-config';

describe('reportContact()', () => {
  it('leaves the report paragraph out when no address is set', () => {
    expect(reportContact(undefined)).toBeNull();
    expect(reportContact('  ')).toBeNull();
  });

  it('links a mail address with mailto:, and shows it as written', () => {
    expect(reportContact('corrections@example.org')).toEqual({ href: 'mailto:corrections@example.org', text: 'corrections@example.org' });
  });

  it('links a report page, shown without its scheme', () => {
    expect(reportContact('https://example.org/report')).toEqual({ href: 'https://example.org/report', text: 'example.org/report' });
  });

  it('refuses an address that would make a dead or unsafe link, naming the setting', () => {
    expect(() => reportContact('javascript:alert(1)')).toThrow(/DIGEST_REPORT_ERRORS_TO is "javascript:alert\(1\)".*Fix:/);
    expect(() => reportContact('corrections at example.org')).toThrow(/DIGEST_REPORT_ERRORS_TO/);
  });
});
