import { getRssString } from '@astrojs/rss';
import { HTML_LANG, type Lang, useTranslations } from '../../i18n';
import type { Bulletin } from '../content/bulletin';
import { regionPlaceName, type RegionId } from '../vocabulary/regions';
import { TOPICS, type TopicId } from '../vocabulary/topics';
import { type FeedItem, feedItems } from './feed-items';
import { feedPath, homePath, regionFeedPath, regionPath, topicFeedPath, topicPath } from './paths';
import { escapeXml } from './xml';

/** One of the site's feeds as its page links it and as it names itself: every language's, and each topic's and region's. */
export interface Feed {
  lang: Lang;
  title: string;
  description: string;
  /** Site path of the feed. */
  path: string;
  /** Site path of the page the feed is of. */
  pagePath: string;
}

/** Every bulletin in one language. */
export function siteFeed(lang: Lang): Feed {
  const t = useTranslations(lang);
  return { lang, title: t('feed.title', { site: t('site.title') }), description: t('site.tagline'), path: feedPath(lang), pagePath: homePath(lang) };
}

/** The bulletins on one topic (their own topics or their measures', as the topic's page lists them). */
export function topicFeed(lang: Lang, topic: TopicId): Feed {
  const t = useTranslations(lang);
  const name = TOPICS[topic][lang];
  return {
    lang,
    title: t('feed.topicTitle', { topic: name, site: t('site.title') }),
    description: t('feed.topicDescription', { topic: name }),
    path: topicFeedPath(lang, topic),
    pagePath: topicPath(lang, topic),
  };
}

/** The bulletins of one region and of the places within it, as the region's page lists them. */
export function regionFeed(lang: Lang, region: RegionId): Feed {
  const t = useTranslations(lang);
  const place = regionPlaceName(region, lang);
  return {
    lang,
    title: t('feed.regionTitle', { place, site: t('site.title') }),
    description: t('feed.regionDescription', { place }),
    path: regionFeedPath(lang, region),
    pagePath: regionPath(lang, region),
  };
}

/** One RSS feed of the site: a language's, a topic's or a region's. */
export interface FeedChannel {
  title: string;
  description: string;
  lang: Lang;
  /** Absolute URL of the page the feed is of (the language's home, the topic's or the region's page). */
  pageUrl: string;
  /** Absolute URL of this feed, for the `atom:link rel="self"` readers use to find it again. */
  feedUrl: string;
  /** Newest first, as feedItems() gives them. */
  items: FeedItem[];
}

const ATOM = 'http://www.w3.org/2005/Atom';

/**
 * The channel's elements that @astrojs/rss has no option of its own for, as the raw XML
 * it takes in `customData`: the language, the self link, and `lastBuildDate`, which is
 * the newest item's date rather than the time of the build, so building the same content
 * twice gives the same bytes (a feed without items has none).
 */
export function channelData(channel: Pick<FeedChannel, 'lang' | 'feedUrl' | 'items'>): string {
  const newest = channel.items.reduce<Date | undefined>((latest, item) => (latest === undefined || item.pubDate > latest ? item.pubDate : latest), undefined);
  return [
    `<language>${HTML_LANG[channel.lang]}</language>`,
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}

/** The feed as RSS 2.0, written by @astrojs/rss. */
export function rssXml(channel: FeedChannel): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.pageUrl,
    xmlns: { atom: ATOM },
    customData: channelData(channel),
    items: channel.items,
  });
}

/** A feed of these bulletins and their corrections, as an endpoint's response; `site` is the site's URL, from the endpoint's context. */
export async function feedResponse(feed: Feed, bulletins: readonly Bulletin[], site: URL | undefined): Promise<Response> {
  const absolute = (path: string) => new URL(path, site).href;
  const xml = await rssXml({
    title: feed.title,
    description: feed.description,
    lang: feed.lang,
    pageUrl: absolute(feed.pagePath),
    feedUrl: absolute(feed.path),
    items: feedItems(bulletins, feed.lang, absolute),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
