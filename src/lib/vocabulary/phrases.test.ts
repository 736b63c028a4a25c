import { describe, expect, it } from 'vitest';
import { chineseWords } from './phrases';

/** The offsets where a heading may break: after each word but the last. */
function breaks(text: string): number[] {
  let at = 0;
  return chineseWords(text)
    .slice(0, -1)
    .map((word) => (at += word.length));
}

describe('chineseWords()', () => {
  it('keeps 企业 whole in the Hubei title', () => {
    const title = '湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动';
    expect(breaks(title)).not.toContain(title.indexOf('企业') + 1);
    expect(chineseWords(title)).toContain('企业、');
    expect(chineseWords(title).join('')).toBe(title);
  });

  it('never splits a word across two segments', () => {
    const boundaries = new Set(breaks('德州市加大力度推动建筑业转型升级'));
    // 转型 and 升级 are words: no boundary after 转 (the 13th character) or after 升 (the 15th).
    expect(boundaries.has(13)).toBe(false);
    expect(boundaries.has(15)).toBe(false);
  });

  it('never starts a line with a closing mark or ends one with an opening mark', () => {
    const title = '精准发力！德庆县项目落地刷新“进度条”，《通知》（试行）、“下沉企业”';
    for (const at of breaks(title)) {
      expect('，。、；：！？）》」』】〕”’'.includes(title[at]!), `a line would start with ${title[at]}`).toBe(false);
      expect('（《「『【〔“‘'.includes(title[at - 1]!), `a line would end with ${title[at - 1]}`).toBe(false);
    }
    expect(chineseWords(title).join('')).toBe(title);
  });

  it('keeps a dash or an ellipsis of two characters whole', () => {
    const title = '稳增长——保就业……再出发';
    expect(breaks(title)).not.toContain(title.indexOf('—') + 1);
    expect(breaks(title)).not.toContain(title.indexOf('…') + 1);
  });

  it('keeps the name of a place or a topic the site knows whole', () => {
    expect(chineseWords('精准发力！德庆县项目落地')).toContain('德庆县');
    expect(breaks('肇庆市德庆县')).toEqual([3]);
    expect(breaks('第一轮“下沉企业、助企纾困”活动').filter((at) => at > 9 && at < 13)).toEqual([]);
  });

  it('still breaks between the words around the marks', () => {
    expect(chineseWords('精准发力！德庆县项目落地刷新“进度条”')).toEqual(['精准', '发', '力！', '德庆县', '项目', '落地', '刷新', '“进度', '条”']);
  });
});
