import { type Lang, useTranslations } from '../../i18n';
import type { Bulletin } from '../content/bulletin';
import type { ChangeNote } from '../content/schema/facts';
import { corrections } from '../digest/history';
import { isoDate, type PartialDate } from '../vocabulary/dates';
import { TOPICS } from '../vocabulary/topics';
import type { FeedItem } from './feeds';
import { bulletinPath, permalinkLangPath } from './paths';

const utcMidnight = (date: PartialDate) => new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));

/**
 * A language's feed entries, newest first: each bulletin, and each correction
 * of one as an entry of its own, so a subscriber who read a bulletin learns
 * that it changed. `absolute` turns a site path into a full URL.
 */
export function feedItems(bulletins: readonly Bulletin[], lang: Lang, absolute: (path: string) => string): FeedItem[] {
  const t = useTranslations(lang);
  const items = bulletins.flatMap((bulletin) => {
    const { facts } = bulletin;
    const title = bulletin.texts[lang].title;
    const url = absolute(bulletinPath(lang, bulletin.id));
    // The short link in this language: stable, and different per language so each feed's items are its own.
    const guid = absolute(permalinkLangPath(facts.permalink, lang));
    const categories = facts.topics.map((topic) => TOPICS[topic][lang]);
    const update = (change: ChangeNote): FeedItem => ({
      title: t('feed.update', { kind: t(`history.kind.${change.kind}`), title }),
      url: `${url}#updates`,
      summary: change.note[lang],
      published: utcMidnight(change.date),
      guid: `${guid}#update-${isoDate(change.date)}`,
      categories,
    });
    return [{ title, url, summary: bulletin.texts[lang].summary, published: utcMidnight(facts.date), guid, categories }, ...corrections(facts).map(update)];
  });
  return items.sort((a, b) => b.published.getTime() - a.published.getTime());
}
