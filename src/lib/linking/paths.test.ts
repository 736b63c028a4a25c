import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/locales';
import {
  bulletinPath,
  comparePath,
  feedPath,
  glossaryPath,
  glossaryTermPath,
  homePath,
  inEachLang,
  measuresPath,
  permalinkLangPath,
  permalinkPath,
  regionFeedPath,
  regionPath,
  regionsPath,
  searchBundlePath,
  searchPath,
  shareImagePath,
  topicFeedPath,
  topicPath,
  topicsPath,
  yearPath,
  yearsPath,
} from './paths';

const ID = 'hubei-2020-05-sink-into-enterprises';

describe('inEachLang()', () => {
  it('gives a page its path in each language, keyed by the language', () => {
    expect(inEachLang((lang) => `/${lang}/anything/`)).toEqual({ en: '/en/anything/', zh: '/zh/anything/' });
  });
});

describe('the paths of the pages the site has once per language', () => {
  // Each page, and its address in English and in Chinese.
  const PAGES: [string, (lang: Lang) => string, string, string][] = [
    ['homePath', homePath, '/en/', '/zh/'],
    ['searchPath', searchPath, '/en/search/', '/zh/search/'],
    ['regionsPath', regionsPath, '/en/regions/', '/zh/regions/'],
    ['topicsPath', topicsPath, '/en/topics/', '/zh/topics/'],
    ['yearsPath', yearsPath, '/en/years/', '/zh/years/'],
    ['measuresPath', measuresPath, '/en/measures/', '/zh/measures/'],
    ['glossaryPath', glossaryPath, '/en/glossary/', '/zh/glossary/'],
    ['regionPath', (lang) => regionPath(lang, 'deqing'), '/en/regions/deqing/', '/zh/regions/deqing/'],
    ['topicPath', (lang) => topicPath(lang, 'real-estate'), '/en/topics/real-estate/', '/zh/topics/real-estate/'],
    ['yearPath', (lang) => yearPath(lang, 2020), '/en/years/2020/', '/zh/years/2020/'],
    ['bulletinPath', (lang) => bulletinPath(lang, ID), `/en/bulletins/${ID}/`, `/zh/bulletins/${ID}/`],
    ['comparePath', (lang) => comparePath(lang, ID), `/en/bulletins/${ID}/compare/`, `/zh/bulletins/${ID}/compare/`],
  ];

  it('gives every page its path in both languages, under the language and ending in a slash as the site is built', () => {
    for (const [name, path, en, zh] of PAGES) expect(inEachLang(path), name).toEqual({ en, zh });
  });
});

describe('glossaryTermPath()', () => {
  it('opens the glossary at the entry, whose anchor is the same in both languages', () => {
    expect(glossaryTermPath('en', 'wailianzhan')).toBe('/en/glossary/#term-wailianzhan');
    expect(glossaryTermPath('zh', 'wailianzhan')).toBe('/zh/glossary/#term-wailianzhan');
  });
});

describe('permalinkPath() and permalinkLangPath()', () => {
  it('keep a short link outside the language folders, the language (if any) after the code', () => {
    expect(permalinkPath('hb-2020-05')).toBe('/b/hb-2020-05/');
    expect(permalinkLangPath('hb-2020-05', 'en')).toBe('/b/hb-2020-05/en/');
    expect(permalinkLangPath('hb-2020-05', 'zh')).toBe('/b/hb-2020-05/zh/');
  });
});

describe('feedPath(), searchBundlePath() and shareImagePath()', () => {
  it('give each language its own feed, search index folder and share images', () => {
    expect(inEachLang(feedPath)).toEqual({ en: '/en/feed.xml', zh: '/zh/feed.xml' });
    expect(inEachLang(searchBundlePath)).toEqual({ en: '/pagefind/en/', zh: '/pagefind/zh/' });
    expect(inEachLang((lang) => shareImagePath(lang, ID))).toEqual({ en: `/en/bulletins/${ID}/share.png`, zh: `/zh/bulletins/${ID}/share.png` });
  });
});

describe('topicFeedPath() and regionFeedPath()', () => {
  it('put a topic’s or a region’s feed beside its page, in each language', () => {
    expect(inEachLang((lang) => topicFeedPath(lang, 'financing'))).toEqual({ en: '/en/topics/financing/feed.xml', zh: '/zh/topics/financing/feed.xml' });
    expect(inEachLang((lang) => regionFeedPath(lang, 'guangdong'))).toEqual({ en: '/en/regions/guangdong/feed.xml', zh: '/zh/regions/guangdong/feed.xml' });
  });
});
