import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n';
import { emptyFilters, type SearchState } from './search-state';
import { countsOf, hiddenText, statusText } from './status';

const en = useTranslations('en');
const zh = useTranslations('zh');

function state(query: string, withFilters = false): SearchState {
  return { query, filters: { ...emptyFilters(), topic: withFilters ? ['financing'] : [] }, sort: 'relevance' };
}

describe('statusText()', () => {
  it('invites a search when there is nothing to search for', () => {
    expect(statusText(state(''), null, 'en', en)).toBe(en('search.status.idle'));
    expect(statusText(state(''), { own: 3, related: 0, other: 1 }, 'zh', zh)).toBe(zh('search.status.idle'));
  });

  it('asks for a word when the query has only punctuation or emoji', () => {
    expect(statusText(state('？！'), null, 'zh', zh)).toBe(zh('search.status.unsearchable'));
    expect(statusText(state('🎉'), { own: 0, related: 0, other: 0 }, 'en', en)).toBe(en('search.status.unsearchable'));
  });

  it('says it is searching while the counts are not in', () => {
    expect(statusText(state('loans'), null, 'en', en)).toBe(en('search.status.loading'));
    expect(statusText(state('', true), null, 'zh', zh)).toBe(zh('search.status.loading'));
  });

  it('counts the matches of a query: none, one, many', () => {
    expect(statusText(state('loans'), { own: 0, related: 0, other: 0 }, 'en', en)).toBe(en('search.status.none', { query: 'loans' }));
    expect(statusText(state('loans'), { own: 1, related: 0, other: 0 }, 'en', en)).toBe(en('search.status.one', { query: 'loans' }));
    expect(statusText(state('纾困'), { own: 4, related: 0, other: 0 }, 'zh', zh)).toBe(zh('search.status.many', { count: 4, query: '纾困' }));
  });

  it('names the query and the count in the sentence', () => {
    const text = statusText(state('助企纾困'), { own: 17, related: 0, other: 0 }, 'en', en);
    expect(text).toContain('17');
    expect(text).toContain('助企纾困');
  });

  it('counts the bulletins the filters choose when there is no word to search for', () => {
    expect(statusText(state('', true), { own: 0, related: 0, other: 0 }, 'en', en)).toBe(en('search.status.filteredNone'));
    expect(statusText(state('', true), { own: 1, related: 0, other: 0 }, 'en', en)).toBe(en('search.status.filteredOne'));
    expect(statusText(state('…', true), { own: 5, related: 0, other: 0 }, 'zh', zh)).toBe(zh('search.status.filteredMany', { count: 5 }));
  });

  it('adds the matches in the other language, after a space in English', () => {
    const other = en('search.status.otherLanguage', { count: 2, language: en('language.zh') });
    expect(statusText(state('loans'), { own: 3, related: 0, other: 2 }, 'en', en)).toBe(`${en('search.status.many', { count: 3, query: 'loans' })} ${other}`);
    expect(statusText(state('loans'), { own: 0, related: 0, other: 2 }, 'en', en)).toBe(`${en('search.status.none', { query: 'loans' })} ${other}`);
  });

  it('adds the matches in the other language without a space in Chinese', () => {
    const other = zh('search.status.otherLanguage', { count: 6, language: zh('language.en') });
    expect(statusText(state('融资'), { own: 1, related: 0, other: 6 }, 'zh', zh)).toBe(`${zh('search.status.one', { query: '融资' })}${other}`);
  });

  it('counts what a topic or term found before the other language', () => {
    const related = en('search.status.related', { count: 3 });
    const other = en('search.status.otherLanguage', { count: 1, language: en('language.zh') });
    expect(statusText(state('纾困'), { own: 0, related: 3, other: 1 }, 'en', en)).toBe(`${en('search.status.none', { query: '纾困' })} ${related} ${other}`);
    expect(statusText(state('纾困'), { own: 1, related: 3, other: 0 }, 'zh', zh)).toBe(`${zh('search.status.one', { query: '纾困' })}${zh('search.status.related', { count: 3 })}`);
  });
});

describe('countsOf()', () => {
  it('counts all the results of each list, not only those loaded', () => {
    const outcome = { own: { total: 12, views: ['first of twelve'] }, related: { total: 3, views: [] }, other: { total: 0, views: [] } };
    expect(countsOf(outcome)).toEqual({ own: 12, related: 3, other: 0 });
  });

  it('has no counts without an outcome', () => {
    expect(countsOf(null)).toBeNull();
  });
});

describe('hiddenText()', () => {
  const filtered: SearchState = { query: '装配式', filters: { ...emptyFilters(), region: ['shandong'], year: ['2020'] }, sort: 'relevance' };
  const labels: Record<string, string> = { shandong: 'Region: Shandong Province', '2020': 'Year: 2020' };
  const zhLabels: Record<string, string> = { shandong: '地区：山东省', '2020': '年份：2020年' };

  it('names the one filter that hides the matches, and how many there are', () => {
    expect(hiddenText(filtered, { total: 2, by: ['region'] }, (_, v) => labels[v]!, 'en', en)).toBe(
      '2 bulletins match “装配式”, but none with the filter “Region: Shandong Province”.',
    );
    expect(hiddenText(filtered, { total: 1, by: ['region'] }, (_, v) => zhLabels[v]!, 'zh', zh)).toBe('有 1 篇文章与“装配式”匹配，但不符合筛选条件“地区：山东省”。');
  });

  it('lists several filters as the language joins a list', () => {
    expect(hiddenText(filtered, { total: 2, by: ['region', 'year'] }, (_, v) => labels[v]!, 'en', en)).toBe(
      '2 bulletins match “装配式”, but none with the filters “Region: Shandong Province” and “Year: 2020”.',
    );
    expect(hiddenText(filtered, { total: 3, by: ['region', 'year'] }, (_, v) => zhLabels[v]!, 'zh', zh)).toBe(
      '有 3 篇文章与“装配式”匹配，但都不符合筛选条件“地区：山东省”和“年份：2020年”。',
    );
  });
});
