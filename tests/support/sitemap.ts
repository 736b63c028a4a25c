import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/** One `<url>` of a sitemap, as read back. */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  /** The `xhtml:link rel="alternate"` elements, in document order. */
  alternates: { hreflang: string; href: string }[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => name === 'sitemap' || name === 'url' || name === 'xhtml:link',
});

/** An XML file of the built site, checked to be well-formed and read. */
function readXml(dist: string, path: string): Record<string, unknown> {
  const xml = readFileSync(join(dist, path), 'utf8');
  SyntaxValidator.validate(xml); // throws, naming the line, when the file is not well-formed
  return parser.parse(xml) as Record<string, unknown>;
}

/** The sitemap files the index names, as site paths: every sitemap of the site is one of them. */
export function sitemapFiles(dist: string, indexPath = '/sitemap-index.xml'): string[] {
  const index = readXml(dist, indexPath) as { sitemapindex?: { sitemap?: { loc: string }[] } };
  return (index.sitemapindex?.sitemap ?? []).map((entry) => new URL(entry.loc).pathname);
}

/** Every page in the built site's sitemaps, found from the index as a crawler finds them. */
export function sitemapEntries(dist: string): SitemapEntry[] {
  return sitemapFiles(dist).flatMap((path) => {
    const sitemap = readXml(dist, path) as { urlset?: { url?: { loc: string; lastmod?: string; 'xhtml:link'?: Record<string, string>[] }[] } };
    return (sitemap.urlset?.url ?? []).map((url) => ({
      loc: url.loc,
      ...(url.lastmod === undefined ? {} : { lastmod: url.lastmod }),
      alternates: (url['xhtml:link'] ?? []).filter((link) => link['@rel'] === 'alternate').map((link) => ({ hreflang: link['@hreflang']!, href: link['@href']! })),
    }));
  });
}
