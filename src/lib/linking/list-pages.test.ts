import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n';
import { paginate } from '../digest/pagination';
import { listPageHead } from './list-pages';

const pages = paginate(['a', 'b', 'c'], 2);
const base = (lang: string) => `/${lang}/topics/financing/`;

describe('listPageHead()', () => {
  it('keeps the list\'s own title and address on its first page', () => {
    expect(listPageHead(useTranslations('en'), 'Financing', pages[0]!, base)).toEqual({
      title: 'Financing',
      alternates: { en: '/en/topics/financing/', zh: '/zh/topics/financing/' },
    });
  });

  it('names the page number from page 2 on, in the reader\'s language, and links the same page in the other', () => {
    expect(listPageHead(useTranslations('en'), 'Financing', pages[1]!, base)).toEqual({
      title: 'Financing, page 2',
      alternates: { en: '/en/topics/financing/2/', zh: '/zh/topics/financing/2/' },
    });
    expect(listPageHead(useTranslations('zh'), '融资支持', pages[1]!, base).title).toBe('融资支持（第2页）');
  });
});
