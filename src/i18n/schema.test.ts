import { describe, expect, it } from 'vitest';
import en from './en.json';
import zh from './zh.json';
import { parseDictionary } from './schema';
import { createTranslator } from './translator';

describe('parseDictionary()', () => {
  it('accepts both real dictionaries', () => {
    expect(() => parseDictionary('en', en)).not.toThrow();
    expect(() => parseDictionary('zh', zh)).not.toThrow();
  });

  it('rejects a dictionary with a missing key, naming the file and the key', () => {
    const { ['bulletin.figures']: _dropped, ...incomplete } = zh;
    expect(() => parseDictionary('zh', incomplete)).toThrow(/src\/i18n\/zh\.json.*bulletin\.figures/);
  });

  it('rejects a dictionary with an unknown key', () => {
    expect(() => parseDictionary('zh', { ...zh, 'bulletin.figuers': '关键数据' })).toThrow(/unknown key\(s\) bulletin\.figuers/);
  });

  it('rejects an empty string', () => {
    expect(() => parseDictionary('zh', { ...zh, 'nav.skip': '' })).toThrow(/nav\.skip/);
  });
});

describe('createTranslator()', () => {
  const t = createTranslator(parseDictionary('zh', zh));

  it('fills placeholders', () => {
    expect(t('count.bulletins.many', { count: 5 })).toBe('5 篇文章');
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => t('count.bulletins.many')).toThrow(/needs a value for \{count\}/);
  });
});
