import type { Lang } from '../../i18n/locales';
import { bulletinsByTopic, bulletinsByYear, bulletinsIn, measureTopics, regionsWithBulletins } from '../digest/browse';
import type { Bulletin } from '../content/bulletin';
import { isoDate } from '../vocabulary/dates';
import { lastUpdate } from '../digest/history';
import { listPagePath, paginate } from '../digest/pagination';
import {
  aboutPath,
  bulletinPath,
  comparePath,
  glossaryPath,
  homePath,
  inEachLang,
  measuresPath,
  regionPath,
  regionsPath,
  searchPath,
  topicComparePath,
  topicPath,
  topicsPath,
  yearPath,
  yearsPath,
} from './paths';

/** A page the site has once per language: its path in each, and when its content last changed. */
export interface LocalizedPage {
  paths: Record<Lang, string>;
  lastModified?: string;
}

const perLang = (path: (lang: Lang) => string): LocalizedPage => ({ paths: inEachLang(path) });

/** Every page of a list of `items` whose newest page is at `base`. */
const listPages = (base: (lang: Lang) => string, items: readonly unknown[]): LocalizedPage[] =>
  paginate(items).map((page) => perLang((lang) => listPagePath(base(lang), page.number)));

/**
 * Every page a reader (or a search engine) should find, in both languages (a topic's comparison of the
 * regions where a measure carries the topic): the
 * sitemap is made from this list, and a test checks it against the built pages.
 * Short links and the 404 page are not pages of their own and are left out.
 * Only the bulletins' ids and facts decide it, so it can be made from the facts files alone.
 */
export function localizedPages(bulletins: readonly Pick<Bulletin, 'id' | 'facts'>[]): LocalizedPage[] {
  return [
    perLang(homePath),
    perLang(searchPath),
    perLang(regionsPath),
    ...regionsWithBulletins(bulletins).flatMap((region) => listPages((lang) => regionPath(lang, region), bulletinsIn(bulletins, region))),
    perLang(topicsPath),
    ...[...bulletinsByTopic(bulletins)].flatMap(([topic, list]) => listPages((lang) => topicPath(lang, topic), list)),
    ...measureTopics(bulletins).map((topic) => perLang((lang) => topicComparePath(lang, topic))),
    perLang(yearsPath),
    ...[...bulletinsByYear(bulletins)].flatMap(([year, list]) => listPages((lang) => yearPath(lang, year), list)),
    ...listPages(measuresPath, bulletins),
    perLang(glossaryPath),
    perLang(aboutPath),
    ...bulletins.flatMap((b) => {
      // When the page last changed here: its latest correction, or its first publication on this site.
      const lastModified = { lastModified: isoDate(lastUpdate(b.facts).date) };
      return [
        { ...perLang((lang) => bulletinPath(lang, b.id)), ...lastModified },
        { ...perLang((lang) => comparePath(lang, b.id)), ...lastModified },
      ];
    }),
  ];
}
