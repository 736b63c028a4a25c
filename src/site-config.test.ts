import { describe, expect, it } from 'vitest';
import { asOfDate, reportContact } from './site-config';

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

describe('asOfDate()', () => {
  it('is the day of the build in China, which may already be tomorrow in UTC', () => {
    expect(asOfDate(undefined, new Date('2026-12-01T17:30:00Z'))).toEqual({ year: 2026, month: 12, day: 2 });
    expect(asOfDate('', new Date('2026-12-01T10:00:00Z'))).toEqual({ year: 2026, month: 12, day: 1 });
  });

  it('takes a fixed day from DIGEST_AS_OF, for a build that must be reproduced', () => {
    expect(asOfDate('2020-09-30')).toEqual({ year: 2020, month: 9, day: 30 });
  });

  it('refuses a month or a non-date, naming the setting and the fix', () => {
    expect(() => asOfDate('2020-09')).toThrow(/DIGEST_AS_OF is "2020-09".*Fix: set it to a date as YYYY-MM-DD/);
    expect(() => asOfDate('yesterday')).toThrow(/DIGEST_AS_OF/);
  });
});
