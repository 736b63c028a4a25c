import { describe, expect, it } from 'vitest';
import { chineseWords } from './phrases';

describe('chineseWords()', () => {
  it('keeps 企业 whole in the Hubei title', () => {
    const words = chineseWords('湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动');
    expect(words).toContain('企业');
    expect(words.join('')).toBe('湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动');
  });

  it('never splits a word across two segments', () => {
    const boundaries = new Set<number>();
    let at = 0;
    for (const word of chineseWords('德州市加大力度推动建筑业转型升级')) boundaries.add((at += word.length));
    // 转型 and 升级 are words: no boundary after 转 (the 13th character) or after 升 (the 15th).
    expect(boundaries.has(13)).toBe(false);
    expect(boundaries.has(15)).toBe(false);
  });
});
