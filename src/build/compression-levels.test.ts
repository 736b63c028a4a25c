import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/locales';
import { listPagePath, NEWEST } from '../lib/digest/pagination';
import { bulletinPath, comparePath, feedPath, homePath, measuresPath, permalinkLangPath, permalinkPath, regionPath, searchPath, topicComparePath, topicFeedPath, topicPath, yearPath } from '../lib/linking/paths';
import { brotliLevelFor, LITTLE_READ_LEVEL, MOST_READ_LEVEL } from './compression-levels';

/** The file a page's address is written to, as a path under the site's root. */
const fileOf = (address: string) => `${address.slice(1)}${address.endsWith('/') ? 'index.html' : ''}`;

describe('brotliLevelFor()', () => {
  it('compresses the pages readers open most at the slower, smaller level', () => {
    const pages = LANGS.flatMap((lang) => [
      homePath(lang),
      bulletinPath(lang, 'shandong-2020-05-out-of-province'),
      searchPath(lang),
      topicPath(lang, 'financing'),
      listPagePath(topicPath(lang, 'financing'), NEWEST),
      measuresPath(lang),
      topicComparePath(lang, 'financing'),
      feedPath(lang),
      topicFeedPath(lang, 'financing'),
    ]);
    expect(pages.map((page) => [page, brotliLevelFor(fileOf(page))])).toEqual(pages.map((page) => [page, MOST_READ_LEVEL]));
  });

  it('compresses the lists’ archived pages, the side-by-side views and the short links’ pages at the quicker level', () => {
    const pages = LANGS.flatMap((lang) => [
      listPagePath(topicPath(lang, 'financing'), 1),
      listPagePath(regionPath(lang, 'hubei'), 14),
      listPagePath(yearPath(lang, 2020), 3),
      listPagePath(measuresPath(lang), 7),
      comparePath(lang, 'hubei-2020-04-enterprise-relief'),
      permalinkLangPath('hb-2020-04', lang),
    ]);
    pages.push(permalinkPath('hb-2020-04'));
    expect(pages.map((page) => [page, brotliLevelFor(fileOf(page))])).toEqual(pages.map((page) => [page, LITTLE_READ_LEVEL]));
  });

  it('leaves a bulletin page at the slower level when its id ends in a number like an archived page', () => {
    expect(brotliLevelFor(fileOf(bulletinPath('en', 'hubei-2020-04-12')))).toBe(MOST_READ_LEVEL);
  });
});
