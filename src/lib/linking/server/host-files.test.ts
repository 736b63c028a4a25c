import { describe, expect, it } from 'vitest';
import { hostFiles } from './host-files';

const files = hostFiles({ shortLinks: [{ code: 'hb-2020-05', id: 'hubei-2020-05-x' }], pagePolicies: ["default-src 'self'"] });

describe('hostFiles', () => {
  it('redirects a language short link for good and the neutral one by the reader\'s language, over the static page', () => {
    const rules = files.redirects.split('\n').filter((line) => line.startsWith('/b/'));
    expect(rules).toEqual([
      '/b/hb-2020-05/ /en/bulletins/hubei-2020-05-x/ 302! Language=en',
      '/b/hb-2020-05/ /zh/bulletins/hubei-2020-05-x/ 302! Language=zh',
      '/b/hb-2020-05/en/ /en/bulletins/hubei-2020-05-x/ 301!',
      '/b/hb-2020-05/zh/ /zh/bulletins/hubei-2020-05-x/ 301!',
    ]);
  });

  it('has no unconditional rule for a redirect that depends on the language, so such hosts fall back to the static page', () => {
    expect(files.redirects.split('\n').filter((line) => /^\/b\/hb-2020-05\/ .* 302!$/.test(line))).toEqual([]);
  });

  it('sends the security headers on every path and a year-long cache only on hashed assets', () => {
    expect(files.headers).toContain("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n");
    expect(files.headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(files.headers.match(/Cache-Control/g)).toHaveLength(1);
  });
});
