import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots';

describe('robotsTxt()', () => {
  it('allows every crawler everything and points at the sitemap index', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
  });
});
