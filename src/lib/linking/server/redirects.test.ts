import { describe, expect, it } from 'vitest';
import { ROOT_REDIRECT, shortLinkRedirects } from './redirects';

describe('shortLinkRedirects', () => {
  const redirects = shortLinkRedirects([{ code: 'hb-2020-05', id: 'hubei-2020-05-sink-into-enterprises' }]);

  it("sends the language-neutral short link to the bulletin in the reader's language, for now only (302)", () => {
    expect(redirects).toContainEqual({
      from: '/b/hb-2020-05/',
      status: 302,
      to: { en: '/en/bulletins/hubei-2020-05-sink-into-enterprises/', zh: '/zh/bulletins/hubei-2020-05-sink-into-enterprises/' },
    });
  });

  it("sends a language's short link to the bulletin in that language, whatever the reader prefers, for good (301)", () => {
    const zh = redirects.find((redirect) => redirect.from === '/b/hb-2020-05/zh/');
    expect(zh).toEqual({ from: '/b/hb-2020-05/zh/', status: 301, to: { en: '/zh/bulletins/hubei-2020-05-sink-into-enterprises/', zh: '/zh/bulletins/hubei-2020-05-sink-into-enterprises/' } });
  });

  it('gives each code three redirects', () => {
    expect(shortLinkRedirects([{ code: 'a-2020-01', id: 'x' }, { code: 'b-2020-01', id: 'x' }]).map((r) => r.from)).toEqual([
      '/b/a-2020-01/', '/b/a-2020-01/en/', '/b/a-2020-01/zh/', '/b/b-2020-01/', '/b/b-2020-01/en/', '/b/b-2020-01/zh/',
    ]);
  });

  it("sends / to the home page in the reader's language", () => {
    expect(ROOT_REDIRECT).toEqual({ from: '/', status: 302, to: { en: '/en/', zh: '/zh/' } });
  });
});
