import type { APIRoute } from 'astro';
import { HTML_LANG, LANGS } from '../i18n/locales';
import { loadBulletins } from '../lib/content/load-bulletins';
import { localizedPages } from '../lib/linking/site-pages';
import { type SitemapPage, checkAlternates, sitemapXml } from '../lib/linking/sitemap';

/** /sitemap.xml: every page in both languages, each listing the other as its hreflang alternate. */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(path, site).href;
  const pages: SitemapPage[] = localizedPages(await loadBulletins()).flatMap(({ paths, lastModified }) =>
    LANGS.map((lang) => ({
      url: url(paths[lang]),
      // x-default stays in the pages' heads: it may point at a page with no language ("/"), which a sitemap does not list.
      alternates: LANGS.map((l) => ({ hreflang: HTML_LANG[l], url: url(paths[l]) })),
      ...(lastModified ? { lastModified } : {}),
    })),
  );
  const problems = checkAlternates(pages);
  if (problems.length > 0) throw new Error(`sitemap alternates are inconsistent:\n${problems.join('\n')}`);
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
