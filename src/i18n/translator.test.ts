import { describe, expect, it } from 'vitest';
import en from './en.json';
import zh from './zh.json';
import { parseDictionary } from './schema';
import { createTranslator } from './translator';

describe('createTranslator()', () => {
  const tEn = createTranslator(parseDictionary('en', en), 'en');
  const tZh = createTranslator(parseDictionary('zh', zh), 'zh');

  it('fills placeholders', () => {
    expect(tZh('count.bulletins.many', { count: 5 })).toBe('5 篇文章');
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => tZh('count.bulletins.many')).toThrow(/needs a value for \{count\}/);
  });

  it('writes an English count of thousands with commas, as an English reader reads it', () => {
    expect(tEn('search.status.many', { count: 6783, query: 'financing' })).toBe('6,783 bulletins match “financing”.');
    expect(tEn('pager.positionNewest', { count: 100, total: 10000 })).toMatch(/^The newest 100 of 10,000 bulletins/);
  });

  it('writes a Chinese count without them, as Chinese authorities write it', () => {
    expect(tZh('count.bulletins.many', { count: 6498 })).toBe('6498 篇文章');
  });

  it('leaves text as it is: a year passed as text is not a count', () => {
    expect(tEn('year.title', { year: '2024' })).toBe('Bulletins from 2024');
  });
});
