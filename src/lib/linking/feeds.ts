import type { HTML_LANG, Lang } from '../../i18n/locales';
import { escapeXml } from './xml';

/** One bulletin as a feed entry. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the bulletin page. */
  url: string;
  summary: string;
  /** The bulletin's date, as a UTC midnight. */
  published: Date;
  /** The permanent short link, absolute: it outlives slug changes, so readers do not see an item twice. */
  guid: string;
  categories: string[];
}

/** The RSS 2.0 feed of one language. */
export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of this language's home page. */
  siteUrl: string;
  /** Absolute URL of this feed, for the `atom:link rel="self"` readers use to find it again. */
  feedUrl: string;
  language: (typeof HTML_LANG)[Lang];
  items: FeedItem[];
}

/** RFC 822 as RSS wants it ("Wed, 27 May 2020 00:00:00 GMT"); an invalid date would print "Invalid Date", so it is refused. */
function rfc822(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('rssXml(): an item has an invalid date');
  return date.toUTCString();
}

function element(name: string, text: string, indent: string): string {
  return `${indent}<${name}>${escapeXml(text)}</${name}>`;
}

/**
 * The feed as RSS 2.0. `lastBuildDate` is the newest item's date rather than the time of the build,
 * so building the same content twice gives the same bytes; a feed without items has none.
 */
export function rssXml(feed: Feed): string {
  const newest = feed.items.reduce<Date | undefined>((latest, item) => (latest === undefined || item.published > latest ? item.published : latest), undefined);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    element('title', feed.title, '    '),
    element('link', feed.siteUrl, '    '),
    element('description', feed.description, '    '),
    element('language', feed.language, '    '),
    `    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('lastBuildDate', rfc822(newest), '    ')] : []),
  ];
  for (const item of feed.items) {
    lines.push(
      '    <item>',
      element('title', item.title, '      '),
      element('link', item.url, '      '),
      element('description', item.summary, '      '),
      `      <guid isPermaLink="true">${escapeXml(item.guid)}</guid>`,
      element('pubDate', rfc822(item.published), '      '),
      ...item.categories.map((category) => element('category', category, '      ')),
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}
