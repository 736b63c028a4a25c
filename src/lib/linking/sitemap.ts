import { escapeXml } from './xml';

/** One page of the sitemap, with every language version of it. */
export interface SitemapPage {
  /** Absolute URL. */
  url: string;
  /** Every language version, this page included, and optionally `x-default`. */
  alternates: { hreflang: string; url: string }[];
  /** YYYY-MM-DD */
  lastModified?: string;
}

/** By UTF-16 code units rather than `localeCompare`, whose order depends on the machine's locale and ICU data. */
function byUrl(a: SitemapPage, b: SitemapPage): number {
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/**
 * The sitemap, with each page's language versions as `xhtml:link` alternates (how Google reads hreflang
 * from a sitemap). Pages are sorted by URL so the same site always gives the same bytes.
 */
export function sitemapXml(pages: SitemapPage[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of [...pages].sort(byUrl)) {
    lines.push('  <url>', `    <loc>${escapeXml(page.url)}</loc>`);
    if (page.lastModified !== undefined) lines.push(`    <lastmod>${escapeXml(page.lastModified)}</lastmod>`);
    for (const alternate of page.alternates) {
      lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.url)}"/>`);
    }
    lines.push('  </url>');
  }
  lines.push('</urlset>');
  return `${lines.join('\n')}\n`;
}

/** Every crawler may read everything; the sitemap line (absolute, as the robots.txt standard requires) tells them where to start. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * Search engines ignore hreflang annotations that are not confirmed from both ends, so each language version
 * must list itself and every other version, and every version must list the same set. Returns one sentence per
 * problem; empty when the sitemap is consistent.
 */
export function checkAlternates(pages: SitemapPage[]): string[] {
  const problems: string[] = [];
  const byPageUrl = new Map<string, SitemapPage>();
  for (const page of pages) {
    if (byPageUrl.has(page.url)) problems.push(`${page.url} is in the sitemap twice`);
    else byPageUrl.set(page.url, page);
  }
  const key = (alternate: { hreflang: string; url: string }) => `${alternate.hreflang} ${alternate.url}`;

  for (const page of byPageUrl.values()) {
    const seen = new Set<string>();
    for (const { hreflang } of page.alternates) {
      if (seen.has(hreflang)) problems.push(`${page.url} lists hreflang "${hreflang}" more than once`);
      seen.add(hreflang);
    }
    if (!page.alternates.some((alternate) => alternate.url === page.url)) {
      problems.push(`${page.url} does not list itself among its alternates`);
    }
    for (const alternate of page.alternates) {
      if (alternate.url === page.url) continue;
      const other = byPageUrl.get(alternate.url);
      if (!other) {
        problems.push(`${page.url} lists ${alternate.url} as "${alternate.hreflang}", but that URL is not in the sitemap`);
        continue;
      }
      // Only what `other` lacks is reported here; what it has extra is reported when `other` itself is checked.
      const otherKeys = new Set(other.alternates.map(key));
      for (const expected of page.alternates) {
        if (!otherKeys.has(key(expected))) {
          problems.push(`${page.url} lists ${other.url} as an alternate, but ${other.url} does not list ${expected.url} as "${expected.hreflang}"`);
        }
      }
    }
  }
  // A page listing the same other page twice (say as "zh" and "x-default") would otherwise repeat its findings.
  return [...new Set(problems)];
}
