import { describe, expect, it } from 'vitest';
import { type SitemapPage, checkAlternates, robotsTxt, sitemapXml } from './sitemap';

const EN = 'https://example.org/en/';
const ZH = 'https://example.org/zh/';

/** A good pair: each lists itself and the other, and both name English as x-default. */
const home: SitemapPage[] = [
  {
    url: ZH,
    alternates: [
      { hreflang: 'en', url: EN },
      { hreflang: 'zh-CN', url: ZH },
      { hreflang: 'x-default', url: EN },
    ],
  },
  {
    url: EN,
    lastModified: '2021-03-08',
    alternates: [
      { hreflang: 'en', url: EN },
      { hreflang: 'zh-CN', url: ZH },
      { hreflang: 'x-default', url: EN },
    ],
  },
];

describe('sitemapXml()', () => {
  it('writes the urlset with the xhtml namespace, one url per page with its alternates, sorted by URL', () => {
    expect(sitemapXml(home)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '  <url>',
        '    <loc>https://example.org/en/</loc>',
        '    <lastmod>2021-03-08</lastmod>',
        '    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/>',
        '    <xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/"/>',
        '    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/en/"/>',
        '  </url>',
        '  <url>',
        '    <loc>https://example.org/zh/</loc>',
        '    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/>',
        '    <xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/"/>',
        '    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/en/"/>',
        '  </url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('writes lastmod only for pages that give it', () => {
    const xml = sitemapXml(home);
    expect(xml.match(/<lastmod>/g)).toHaveLength(1);
    expect(xml).toMatch(/<loc>https:\/\/example\.org\/en\/<\/loc>\n {4}<lastmod>2021-03-08<\/lastmod>/);
  });

  it('sorts by URL whatever the input order, without reordering the caller’s array', () => {
    const pages: SitemapPage[] = ['https://example.org/zh/b/', 'https://example.org/en/b/', 'https://example.org/en/a/'].map((url) => ({
      url,
      alternates: [{ hreflang: 'en', url }],
    }));
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(locs(sitemapXml(pages))).toEqual(['https://example.org/en/a/', 'https://example.org/en/b/', 'https://example.org/zh/b/']);
    expect(sitemapXml([...pages].reverse())).toBe(sitemapXml(pages));
    expect(pages[0]?.url).toBe('https://example.org/zh/b/');
  });

  it('escapes & in a URL, in loc and in href', () => {
    const url = 'https://example.org/en/search/?q=fees&region=hubei';
    const xml = sitemapXml([{ url, alternates: [{ hreflang: 'en', url }] }]);
    expect(xml).toContain('<loc>https://example.org/en/search/?q=fees&amp;region=hubei</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/search/?q=fees&amp;region=hubei"/>');
    expect(xml).not.toContain('fees&region');
  });

  it('escapes quotes and angle brackets so they cannot break out of an attribute', () => {
    const url = `https://example.org/en/"<x>'`;
    expect(sitemapXml([{ url, alternates: [{ hreflang: 'en', url }] }])).toContain(
      'href="https://example.org/en/&quot;&lt;x&gt;&apos;"/>',
    );
  });

  it('writes an empty urlset for no pages', () => {
    expect(sitemapXml([])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n</urlset>\n',
    );
  });
});

describe('robotsTxt()', () => {
  it('allows every crawler everything and points at the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });
});

/** The English page listing itself and the Chinese one: the half of a pair the broken cases below keep. */
const ENGLISH_LISTING_BOTH: SitemapPage = {
  url: EN,
  alternates: [
    { hreflang: 'en', url: EN },
    { hreflang: 'zh-CN', url: ZH },
  ],
};

describe('checkAlternates()', () => {
  it('finds nothing wrong with a pair that lists each other and themselves', () => {
    expect(checkAlternates(home)).toEqual([]);
  });

  it('finds nothing wrong with a page that has no other language', () => {
    expect(checkAlternates([{ url: EN, alternates: [{ hreflang: 'en', url: EN }] }])).toEqual([]);
  });

  it('reports a one-way pair: English lists Chinese, Chinese does not list English back', () => {
    const oneWay: SitemapPage[] = [
      ENGLISH_LISTING_BOTH,
      { url: ZH, alternates: [{ hreflang: 'zh-CN', url: ZH }] },
    ];
    expect(checkAlternates(oneWay)).toEqual([
      'https://example.org/en/ lists https://example.org/zh/ as an alternate, but https://example.org/zh/ does not list https://example.org/en/ as "en"',
    ]);
  });

  it('reports a return link under a different hreflang', () => {
    const mismatched: SitemapPage[] = [
      ENGLISH_LISTING_BOTH,
      {
        url: ZH,
        alternates: [
          { hreflang: 'en-GB', url: EN },
          { hreflang: 'zh-CN', url: ZH },
        ],
      },
    ];
    expect(checkAlternates(mismatched)).toEqual([
      'https://example.org/en/ lists https://example.org/zh/ as an alternate, but https://example.org/zh/ does not list https://example.org/en/ as "en"',
      'https://example.org/zh/ lists https://example.org/en/ as an alternate, but https://example.org/en/ does not list https://example.org/en/ as "en-GB"',
    ]);
  });

  it('reports an alternate that is not in the sitemap', () => {
    const orphan: SitemapPage[] = [
      ENGLISH_LISTING_BOTH,
    ];
    expect(checkAlternates(orphan)).toEqual([
      'https://example.org/en/ lists https://example.org/zh/ as "zh-CN", but that URL is not in the sitemap',
    ]);
  });

  it('reports a page that does not list itself', () => {
    const selfless: SitemapPage[] = [
      { url: EN, alternates: [{ hreflang: 'zh-CN', url: ZH }] },
      { url: ZH, alternates: [{ hreflang: 'zh-CN', url: ZH }] },
    ];
    expect(checkAlternates(selfless)).toContain('https://example.org/en/ does not list itself among its alternates');
  });

  it('reports a page listed twice and an hreflang used twice', () => {
    const doubled: SitemapPage[] = [
      {
        url: EN,
        alternates: [
          { hreflang: 'en', url: EN },
          { hreflang: 'en', url: 'https://example.org/en-2/' },
        ],
      },
      { url: EN, alternates: [{ hreflang: 'en', url: EN }] },
    ];
    const problems = checkAlternates(doubled);
    expect(problems).toContain('https://example.org/en/ is in the sitemap twice');
    expect(problems).toContain('https://example.org/en/ lists hreflang "en" more than once');
  });
});
