import type { APIRoute } from 'astro';
import { HTML_LANG, type Lang, useTranslations } from '../../i18n';
import { rssXml } from '../../lib/linking/feeds';
import { loadBulletins } from '../../lib/content/load-bulletins';
import { feedPath, homePath } from '../../lib/linking/paths';
import { feedItems } from '../../lib/linking/feed-items';
import { langPaths } from '../../lib/linking/route-params';

export const getStaticPaths = langPaths;

/** /{lang}/feed.xml: every bulletin and every correction, newest first, for officials who subscribe. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  const url = (path: string) => new URL(path, site).href;
  const xml = rssXml({
    title: t('feed.title', { site: t('site.title') }),
    description: t('site.tagline'),
    siteUrl: url(homePath(lang)),
    feedUrl: url(feedPath(lang)),
    language: HTML_LANG[lang],
    items: feedItems(await loadBulletins(), lang, url),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
