import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n';
import { paginate } from '../digest/pagination';
import { listCountLabel, listDescription, listPageHead } from './list-pages';

// Five items two to a page: the newest page holds one, page 2 the next two, page 1 the oldest two.
const pages = paginate(['e', 'd', 'c', 'b', 'a'], 2);
const [newest, archived] = [pages[0], pages.find((page) => page.number === 1)];
const base = (lang: string) => `/${lang}/topics/financing/`;

describe('listPageHead()', () => {
  it('keeps the list\'s own title and address on its newest page', () => {
    expect(listPageHead(useTranslations('en'), 'Financing', newest!, base)).toEqual({
      title: 'Financing',
      alternates: { en: '/en/topics/financing/', zh: '/zh/topics/financing/' },
    });
  });

  it('names an archived page\'s number, in the reader\'s language, and links the same page in the other', () => {
    expect(listPageHead(useTranslations('en'), 'Financing', archived!, base)).toEqual({
      title: 'Financing, page 1',
      alternates: { en: '/en/topics/financing/1/', zh: '/zh/topics/financing/1/' },
    });
    expect(listPageHead(useTranslations('zh'), '融资支持', archived!, base).title).toBe('融资支持（第1页）');
  });
});

describe('listCountLabel()', () => {
  it('counts the whole list on its newest page', () => {
    expect(listCountLabel(useTranslations('en'), newest!)).toBe('5 bulletins');
    expect(listCountLabel(useTranslations('zh'), newest!)).toBe('5 篇文章');
  });

  it('says where an archived page stands and which bulletins it holds, counted from the oldest, without the list’s total', () => {
    const second = paginate(Array.from({ length: 7 }, (_, i) => 7 - i), 2).find((page) => page.number === 2);
    expect(listCountLabel(useTranslations('en'), second!)).toBe('Page 2: bulletins 3–4, counted from the oldest');
    expect(listCountLabel(useTranslations('zh'), second!)).toBe('第2页：第3至4篇（自最早的文章起算）');
  });
});

describe('listDescription()', () => {
  it('names the list and counts it on its newest page, in each language’s punctuation', () => {
    expect(listDescription(useTranslations('en'), 'Financing', newest!, '12 measures')).toBe('Financing: 5 bulletins, 12 measures');
    expect(listDescription(useTranslations('zh'), '融资支持', newest!, '12 项措施')).toBe('融资支持：5 篇文章，12 项措施');
    expect(listDescription(useTranslations('zh'), '2020年的文章', newest!)).toBe('2020年的文章：5 篇文章');
  });

  it('names an archived page by its title and the bulletins it holds, without the list’s total', () => {
    expect(listDescription(useTranslations('en'), 'Financing, page 1', archived!, '12 measures')).toBe('Financing, page 1: bulletins 1–2, counted from the oldest');
    expect(listDescription(useTranslations('zh'), '融资支持（第1页）', archived!)).toBe('融资支持（第1页）：第1至2篇（自最早的文章起算）');
  });
});
