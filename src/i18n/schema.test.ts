import { describe, expect, it } from 'vitest';
import en from './en.json';
import zh from './zh.json';
import { parseDictionary } from './schema';

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
