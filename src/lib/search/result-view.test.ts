import { describe, expect, it } from 'vitest';
import { bulletinPath } from '../linking/paths';
import type { PagefindResultData, PagefindSubResult } from './pagefind-types';
import { bestSubResult, resultLang, toResultView } from './result-view';

const ID = 'hubei-2020-05-sink-into-enterprises';

const META = {
  bulletin: ID,
  title_en: 'Hubei sinks into enterprises',
  title_zh: '湖北深入企业',
  region_en: 'Hubei Province',
  region_zh: '湖北省',
  date_en: '27 May 2020',
  date_zh: '2020年5月27日',
};

function sub(excerpt: string, anchorId: string | null, hits: number, weights?: number[]): PagefindSubResult {
  const locations = Array.from({ length: hits }, (_, i) => i * 10);
  return {
    title: anchorId ? `Heading of ${anchorId}` : META.title_zh,
    url: `/zh/bulletins/${ID}/${anchorId ? `#${anchorId}` : ''}`,
    excerpt,
    ...(anchorId ? { anchor: { element: 'h3', id: anchorId, text: `Heading of ${anchorId}`, location: 0 } } : {}),
    locations,
    ...(weights ? { weighted_locations: weights.map((w, i) => ({ weight: 1, balanced_score: w, location: i })) } : {}),
  };
}

function result(subResults: PagefindSubResult[], overrides: Partial<PagefindResultData> = {}): PagefindResultData {
  return {
    url: `/zh/bulletins/${ID}/`,
    excerpt: '<mark>湖北</mark>省住建厅',
    meta: { ...META },
    filters: {},
    sub_results: subResults,
    ...overrides,
  };
}

describe('bestSubResult()', () => {
  it('picks the sub-result with the most hits', () => {
    const best = sub('…', 'measure-2', 3);
    expect(bestSubResult(result([sub('…', 'measure-1', 1), best, sub('…', 'measure-3', 2)]))).toBe(best);
  });

  it('weighs hits where Pagefind gives weights', () => {
    const heavy = sub('…', 'measure-1', 1, [9]);
    expect(bestSubResult(result([sub('…', 'measure-2', 3, [1, 1, 1]), heavy]))).toBe(heavy);
  });

  it('is null when the best match is before any heading, or there is none', () => {
    expect(bestSubResult(result([sub('…', null, 5), sub('…', 'measure-1', 1)]))).toBeNull();
    expect(bestSubResult(result([]))).toBeNull();
  });
});

describe('resultLang()', () => {
  it('reads the language from the first part of the path', () => {
    expect(resultLang(`/zh/bulletins/${ID}/`)).toBe('zh');
    expect(resultLang(`/en/bulletins/${ID}/#measure-1`)).toBe('en');
    expect(resultLang(`/fr/bulletins/${ID}/`)).toBeNull();
    expect(resultLang('')).toBeNull();
  });
});

describe('toResultView()', () => {
  const data = result([sub('开展<mark>助企</mark>活动', 'measure-1', 1), sub('助企<mark>纾</mark><mark>困</mark>，<mark>Loans</mark>', 'measure-2', 2)]);

  it('links to the best measure, with its marked words to highlight before the anchor', () => {
    const view = toResultView(data, 'zh')!;
    const url = new URL(view.url, 'https://site.example');
    expect(url.pathname).toBe(bulletinPath('zh', ID));
    expect(url.searchParams.getAll('highlight')).toEqual(['纾困', 'loans']);
    expect(url.hash).toBe('#measure-2');
    expect(view.url).toMatch(/^[^#]*\?highlight=[^#]*#measure-2$/);
    expect(view.section).toBe('Heading of measure-2');
    expect(view.excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['纾困', 'Loans']);
  });

  it('shows an own-language result in the reader language', () => {
    expect(toResultView(data, 'zh')).toMatchObject({
      bulletinId: ID,
      textLang: 'zh',
      textHtmlLang: 'zh-CN',
      crossLanguage: false,
      title: META.title_zh,
      readerTitle: META.title_zh,
      region: META.region_zh,
      date: META.date_zh,
      readerUrl: `${bulletinPath('zh', ID)}#measure-2`,
    });
  });

  it('marks a Chinese text seen by an English reader as cross-language, with English details and link', () => {
    expect(toResultView(data, 'en')).toMatchObject({
      textLang: 'zh',
      crossLanguage: true,
      title: META.title_zh,
      readerTitle: META.title_en,
      region: META.region_en,
      date: META.date_en,
      readerUrl: `${bulletinPath('en', ID)}#measure-2`,
    });
  });

  it('links a match before any heading to the page itself, with the page excerpt', () => {
    const view = toResultView(result([sub('<mark>x</mark>', null, 4), sub('<mark>y</mark>', 'measure-1', 1)]), 'en')!;
    expect(view.section).toBeNull();
    expect(view.url).toBe(`${bulletinPath('zh', ID)}?highlight=${encodeURIComponent('湖北')}`);
    expect(view.readerUrl).toBe(bulletinPath('en', ID));
  });

  it('adds no query string when the excerpt has no marked words', () => {
    const view = toResultView(result([sub('no marks', 'measure-3', 1)]), 'zh')!;
    expect(view.url).toBe(`${bulletinPath('zh', ID)}#measure-3`);
  });

  it('gives null without the bulletin id or with an unknown language', () => {
    const { bulletin: _, ...withoutId } = META;
    expect(toResultView(result([], { meta: withoutId }), 'en')).toBeNull();
    expect(toResultView(result([], { url: `/fr/bulletins/${ID}/` }), 'en')).toBeNull();
    expect(toResultView(result([], { url: `/bulletins/${ID}/` }), 'en')).toBeNull();
  });
});
