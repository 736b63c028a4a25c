import type { RSSFeedItem } from '@astrojs/rss';
import { type Lang, useTranslations } from '../../i18n';
import type { Bulletin } from '../content/bulletin';
import type { ChangeNote } from '../content/schema/facts';
import { corrections } from '../digest/history';
import { isoDate, type PartialDate, utcStart } from '../vocabulary/dates';
import { TOPICS } from '../vocabulary/topics';
import { bulletinPath, permalinkLangPath } from './paths';
import { escapeXml } from './xml';

/** One bulletin, or one correction of it, as @astrojs/rss takes a feed entry, with every field the site's feeds write. */
export interface FeedItem extends RSSFeedItem {
  title: string;
  /** Absolute URL of the bulletin page (of its history, for a correction). */
  link: string;
  /** The summary, or what the correction changed. */
  description: string;
  /** The bulletin's date, or the correction's, as a UTC midnight. */
  pubDate: Date;
  categories: string[];
  /** The `<guid>`: see guidElement(). */
  customData: string;
}

const utcMidnight = (date: PartialDate) => new Date(utcStart(date));

/**
 * The entry's `<guid>`, as raw XML for the item's `customData`: @astrojs/rss would
 * otherwise make the link the guid, and the link changes with the slug while the
 * short link does not, so subscribers would see the entry again.
 */
export function guidElement(url: string): string {
  return `<guid isPermaLink="true">${escapeXml(url)}</guid>`;
}

/**
 * How many entries a feed carries: the newest, by the day each came on this site. A feed
 * reader fetches the whole feed each time it looks, and a build writes it anew whenever
 * one of its bulletins changes, so it must not grow with the archive; the site lists the rest.
 */
export const FEED_ENTRIES = 50;

/** An entry, with the day it came on this site: the bulletin's first publication here, or the correction's date. */
interface Entry {
  item: FeedItem;
  added: number;
}

/**
 * A language's feed entries, newest first: each bulletin, and each correction
 * of one as an entry of its own, so a subscriber who read a bulletin learns
 * that it changed. `absolute` turns a site path into a full URL. Of them, the
 * `limit` that came on this site last, so that an old bulletin published here
 * today reaches subscribers though its own date is years back.
 */
export function feedItems(bulletins: readonly Bulletin[], lang: Lang, absolute: (path: string) => string, limit = FEED_ENTRIES): FeedItem[] {
  const newest = bulletins
    .flatMap((bulletin) => bulletinEntries(bulletin, lang, absolute))
    .sort((a, b) => b.added - a.added || b.item.pubDate.getTime() - a.item.pubDate.getTime())
    .slice(0, limit);
  return newest.map((entry) => entry.item).sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

/** A bulletin's entries in a language: the bulletin itself, and each of its corrections. */
function bulletinEntries(bulletin: Bulletin, lang: Lang, absolute: (path: string) => string): Entry[] {
  const t = useTranslations(lang);
  const { facts } = bulletin;
  const title = bulletin.texts[lang].title;
  const link = absolute(bulletinPath(lang, bulletin.id));
  // The short link in this language: stable, and different per language so each feed's items are its own.
  const guid = absolute(permalinkLangPath(facts.permalink, lang));
  const categories = facts.topics.map((topic) => TOPICS[topic][lang]);
  const update = (change: ChangeNote): Entry => ({
    item: {
      title: t('feed.update', { kind: t(`history.kind.${change.kind}`), title }),
      link: `${link}#updates`,
      description: change.note[lang],
      pubDate: utcMidnight(change.date),
      customData: guidElement(`${guid}#update-${isoDate(change.date)}`),
      categories,
    },
    added: utcMidnight(change.date).getTime(),
  });
  const original: FeedItem = { title, link, description: bulletin.texts[lang].summary, pubDate: utcMidnight(facts.date), customData: guidElement(guid), categories };
  return [{ item: original, added: utcMidnight(facts.history[0]!.date).getTime() }, ...corrections(facts).map(update)];
}
