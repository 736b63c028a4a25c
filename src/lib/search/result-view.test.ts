import { describe, expect, it } from 'vitest';
import { bulletinPath } from '../linking/paths';
import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from './pagefind-types';
import { bestSubResult, resultLang, toResultView, wordsAt } from './result-view';
import { indexedText } from './snippet';

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

// A Chinese page as Pagefind keeps it: the title, the summary, two measures.
const WORDS = ['湖北', '深入', '企业', '. ', '摘要', '. ', '开展', '助企', '活动', '。', '一是', '成立', '专班', '. ', '开展', '助企', '活动', '。', '二是', '纾', '困', '. ', '助企', '纾', '困', '，', 'Loans', '。'];
const ANCHORS: PagefindAnchor[] = [
  { element: 'h2', id: 'summary-heading', text: '摘要', location: 4 },
  { element: 'h3', id: 'measure-1', text: '一是成立专班', location: 10 },
  { element: 'h3', id: 'measure-2', text: '二是纾困', location: 18 },
];

function sub(anchor: PagefindAnchor | null, locations: number[], weights?: number[]): PagefindSubResult {
  return {
    title: anchor ? anchor.text : META.title_zh,
    url: `/zh/bulletins/${ID}/${anchor ? `#${anchor.id}` : ''}`,
    excerpt: '',
    ...(anchor ? { anchor } : {}),
    locations,
    ...(weights ? { weighted_locations: weights.map((w, i) => ({ weight: 1, balanced_score: w, location: i })) } : {}),
  };
}

function result(subResults: PagefindSubResult[], overrides: Partial<PagefindResultData> = {}): PagefindResultData {
  return {
    url: `/zh/bulletins/${ID}/`,
    excerpt: '',
    raw_content: WORDS.join('\u200B'),
    anchors: ANCHORS,
    meta: { ...META },
    filters: { topic_at: ['financing:measure-1'] },
    sub_results: subResults,
    ...overrides,
  };
}

describe('bestSubResult()', () => {
  it('picks the sub-result with the most hits', () => {
    const best = sub(ANCHORS[1]!, [1, 2, 3]);
    expect(bestSubResult(result([sub(ANCHORS[0]!, [1]), best, sub(ANCHORS[2]!, [1, 2])]))).toBe(best);
  });

  it('weighs hits where Pagefind gives weights', () => {
    const heavy = sub(ANCHORS[0]!, [1], [9]);
    expect(bestSubResult(result([sub(ANCHORS[1]!, [1, 2, 3], [1, 1, 1]), heavy]))).toBe(heavy);
  });

  it('is null when the best match is before any heading, or there is none', () => {
    expect(bestSubResult(result([sub(null, [0, 1, 2]), sub(ANCHORS[1]!, [15])]))).toBeNull();
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

describe('wordsAt()', () => {
  it('joins neighbouring hits into one word, without punctuation, in lower case, each once', () => {
    expect(wordsAt(indexedText(WORDS.join('\u200B')), [23, 24, 26, 19, 20])).toEqual(['纾困', 'loans']);
  });
});

describe('toResultView()', () => {
  const data = result([sub(ANCHORS[1]!, [15]), sub(ANCHORS[2]!, [19, 20, 23, 24, 26])]);

  it('links to the best measure, with its matched words to highlight before the anchor', () => {
    const view = toResultView(data, 'zh')!;
    const url = new URL(view.url, 'https://site.example');
    expect(url.pathname).toBe(bulletinPath('zh', ID));
    expect(url.searchParams.getAll('highlight')).toEqual(['纾困', 'loans']);
    expect(url.hash).toBe('#measure-2');
    expect(view.section).toBe('二是纾困');
  });

  it('shows the measure’s text below its heading, hits marked', () => {
    const view = toResultView(data, 'zh')!;
    expect(view.excerpt.map((s) => s.text).join('')).toBe('助企纾困，Loans。');
    expect(view.excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['纾困', 'Loans']);
  });

  it('shows an own-language result in the reader language, found by its words', () => {
    expect(toResultView(data, 'zh')).toMatchObject({
      bulletinId: ID,
      textLang: 'zh',
      textHtmlLang: 'zh-CN',
      crossLanguage: false,
      title: META.title_zh,
      readerTitle: META.title_zh,
      region: META.region_zh,
      date: META.date_zh,
      found: { by: 'words' },
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

  it('links a match in the title to the page itself, showing where else in the text the words occur', () => {
    const view = toResultView(result([sub(null, [0, 1, 2], [9]), sub(ANCHORS[1]!, [15], [1])]), 'en')!;
    expect(view.section).toBeNull();
    expect(view.url).toBe(`${bulletinPath('zh', ID)}?${new URLSearchParams([['highlight', '湖北深入企业']])}`);
    expect(view.readerUrl).toBe(bulletinPath('en', ID));
    expect(view.excerpt).toEqual([
      { text: '开展', hit: false },
      { text: '助企', hit: true },
      { text: '活动。', hit: false },
    ]);
  });

  it('shows the opening of the summary when the words occur in the title alone', () => {
    const view = toResultView(result([sub(null, [0, 1, 2])]), 'zh')!;
    expect(view.excerpt).toEqual([{ text: '开展助企活动。', hit: false }]);
  });

  it('opens a result found by its topic at the first measure on that topic, marking nothing', () => {
    const view = toResultView(result([]), 'zh', { by: 'topic', topic: 'financing', label: '融资支持' })!;
    expect(view.url).toBe(`${bulletinPath('zh', ID)}#measure-1`);
    expect(view.section).toBe('一是成立专班');
    expect(view.excerpt).toEqual([{ text: '开展助企活动。', hit: false }]);
    expect(view.found).toEqual({ by: 'topic', topic: 'financing', label: '融资支持' });
  });

  it('shows the text of a measure’s first part when the measure has no text of its own', () => {
    const words = ['标题', '. ', '摘要', '. ', '概述', '。', '三是', '保障', '. ', '（一）', '资金', '. ', '落实', '资金', '。'];
    const anchors: PagefindAnchor[] = [
      { element: 'h2', id: 'summary-heading', text: '摘要', location: 2 },
      { element: 'h3', id: 'measure-1', text: '三是保障', location: 6 },
      { element: 'h4', id: 'measure-1-1', text: '（一）资金', location: 9 },
    ];
    const view = toResultView(result([], { raw_content: words.join('\u200B'), anchors }), 'zh', { by: 'topic', topic: 'financing', label: '融资支持' })!;
    expect(view.section).toBe('三是保障');
    expect(view.excerpt).toEqual([{ text: '落实资金。', hit: false }]);
  });

  it('opens a result found by a topic no measure carries at the page itself', () => {
    const view = toResultView(result([]), 'zh', { by: 'topic', topic: 'pricing', label: '工程造价' })!;
    expect(view.url).toBe(bulletinPath('zh', ID));
    expect(view.section).toBeNull();
  });

  it('gives null without the bulletin id or with an unknown language', () => {
    const { bulletin: _, ...withoutId } = META;
    expect(toResultView(result([], { meta: withoutId }), 'en')).toBeNull();
    expect(toResultView(result([], { url: `/fr/bulletins/${ID}/` }), 'en')).toBeNull();
    expect(toResultView(result([], { url: `/bulletins/${ID}/` }), 'en')).toBeNull();
  });
});
