import type { APIRoute } from 'astro';
import { HTML_LANG, type Lang, useTranslations } from '../../i18n';
import type { Bulletin } from '../../lib/content/bulletin';
import { rssXml } from '../../lib/linking/feeds';
import { loadBulletins } from '../../lib/content/load-bulletins';
import { bulletinPath, feedPath, homePath, permalinkLangPath } from '../../lib/linking/paths';
import { langPaths } from '../../lib/linking/route-params';
import { TOPICS } from '../../lib/vocabulary/topics';

export const getStaticPaths = langPaths;

/** /{lang}/feed.xml: every bulletin, newest first, for officials who subscribe. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  const url = (path: string) => new URL(path, site).href;
  const published = ({ facts }: Bulletin) => new Date(Date.UTC(facts.date.year, facts.date.month - 1, facts.date.day ?? 1));
  const xml = rssXml({
    title: t('feed.title', { site: t('site.title') }),
    description: t('site.tagline'),
    siteUrl: url(homePath(lang)),
    feedUrl: url(feedPath(lang)),
    language: HTML_LANG[lang],
    items: (await loadBulletins()).map((bulletin) => ({
      title: bulletin.texts[lang].title,
      url: url(bulletinPath(lang, bulletin.id)),
      summary: bulletin.texts[lang].summary,
      published: published(bulletin),
      // The short link in this language: stable, and different per language so each feed's items are its own.
      guid: url(permalinkLangPath(bulletin.facts.permalink, lang)),
      categories: bulletin.facts.topics.map((topic) => TOPICS[topic][lang]),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
