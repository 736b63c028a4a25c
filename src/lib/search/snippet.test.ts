import { describe, expect, it } from 'vitest';
import { indexedText, phraseHits, snippet } from './snippet';

const zws = (...words: string[]) => words.join('\u200B');
const textOf = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe('indexedText()', () => {
  it('splits Chinese at the zero-width spaces Pagefind puts between words', () => {
    expect(indexedText(zws('湖北省', '住', '建'))).toEqual({ words: ['湖北省', '住', '建'], joiner: '' });
  });

  it('reads entities as the characters they stand for', () => {
    expect(indexedText('&lt;script&gt; &amp; &quot;x&quot; &#39;y&#x27;').words).toEqual(['<script>', '&', '"x"', "'y'"]);
  });

  it('splits other text at white space', () => {
    expect(indexedText('Support  financing\nfor firms')).toEqual({ words: ['Support', 'financing', 'for', 'firms'], joiner: ' ' });
  });
});

describe('snippet() in Chinese', () => {
  // 活动 / ". " / 摘要 / ". " is how Pagefind joins a title, a heading and a paragraph.
  const joined = indexedText(zws('开展', '活动', '. ', '摘要', '. ', '2020', '年', '4', '月', '，', '湖北', '纾', '困', '。'));

  it('joins blocks with the full stop 。, never with ". "', () => {
    const text = textOf(snippet(joined, { start: 0, end: 14, hits: [11, 12] }, 'zh'));
    expect(text).toBe('开展活动。摘要。2020年4月，湖北纾困。');
    expect(text).not.toContain('. ');
  });

  it('marks the matched words as one run', () => {
    expect(marked(snippet(joined, { start: 0, end: 14, hits: [11, 12] }, 'zh'))).toEqual(['纾困']);
  });

  it('puts nothing after a block that already ends a sentence', () => {
    const text = indexedText(zws('责任', '。', '. ', '工作组'));
    expect(textOf(snippet(text, { start: 0, end: 4, hits: [] }, 'zh'))).toBe('责任。工作组');
  });

  it('ends a block that closes a quotation with 。 after the quotation mark', () => {
    const text = indexedText(zws('刷新', '“', '进度', '条', '” ', '摘要'));
    expect(textOf(snippet(text, { start: 0, end: 6, hits: [] }, 'zh'))).toBe('刷新“进度条”。摘要');
  });

  // 40 characters before the hit in three clauses, and 100 after it.
  const long = indexedText(
    zws('一二三四五六七八九十', '，', '一二三四五六七八九十', '。', '一二三四五六七八九十', '，', '纾困', '，', ...Array.from({ length: 10 }, () => '甲乙丙丁戊己庚辛壬癸'), '。'),
  );

  it('begins at the sentence the hit is in, without an ellipsis, when it is near', () => {
    const text = textOf(snippet(long, { start: 0, end: long.words.length, hits: [6] }, 'zh'));
    expect(text.startsWith('一二三四五六七八九十，纾困')).toBe(true);
  });

  it('cuts inside a sentence at a clause and says so with ……', () => {
    const text = textOf(snippet(long, { start: 0, end: long.words.length, hits: [6] }, 'zh'));
    expect(text.endsWith('……')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(64 + 2);
  });

  it('begins after a clause break, with ……, when the sentence starts too far back', () => {
    const far = indexedText(zws(...Array.from({ length: 8 }, () => '甲乙丙丁戊己庚辛壬癸'), '，', '一二三', '纾困', '。'));
    expect(textOf(snippet(far, { start: 0, end: far.words.length, hits: [10] }, 'zh'))).toBe('……一二三纾困。');
  });
});

describe('snippet() in English', () => {
  const words = 'The Department set up teams. Each team visited firms, kept service logs, and reported monthly on the problems that firms raised with it, which the Department then resolved, one by one, with the bodies concerned across the province and its cities and counties, as the notice requires.';

  it('begins at a word and marks a leading cut with …', () => {
    // The sentence begins more than 70 characters before the hit.
    const text = indexedText(`Each team visited ${'many '.repeat(40)}firms, kept service logs, and reported.`);
    const at = text.words.indexOf('logs,');
    const shown = textOf(snippet(text, { start: 0, end: text.words.length, hits: [at] }, 'en'));
    expect(shown.startsWith('…')).toBe(true);
    const firstWord = shown.slice(1).split(' ')[0]!;
    expect(text.words).toContain(firstWord);
  });

  it('begins at the sentence when it starts close before the hit', () => {
    const text = indexedText(words);
    const shown = textOf(snippet(text, { start: 0, end: text.words.length, hits: [text.words.indexOf('logs,')] }, 'en'));
    expect(shown.startsWith('Each team visited firms')).toBe(true);
  });

  it('ends at a word with … when the sentence runs past the budget', () => {
    const text = indexedText(words);
    const shown = textOf(snippet(text, { start: 0, end: text.words.length, hits: [text.words.indexOf('logs,')] }, 'en'));
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(/[,;:]…$/);
    expect(words).toContain(shown.slice(0, -1));
  });

  it('shows a short range whole, without an ellipsis', () => {
    const text = indexedText('Support financing for firms.');
    expect(textOf(snippet(text, { start: 0, end: 4, hits: [1] }, 'en'))).toBe('Support financing for firms.');
  });

  it('shows the opening of the range when nothing in it matched', () => {
    const text = indexedText(words);
    expect(textOf(snippet(text, { start: 0, end: text.words.length, hits: [] }, 'en')).startsWith('The Department set up teams.')).toBe(true);
  });
});

describe('phraseHits()', () => {
  const text = indexedText(zws('精准', '纾', '困', '解难', '等', '困', '难', 'Loans'));

  it('drops a Chinese character found alone where the query’s characters occur together', () => {
    expect(phraseHits(text, [1, 2, 5])).toEqual([1, 2]);
  });

  it('keeps lone characters when they never occur together, and words of other scripts', () => {
    expect(phraseHits(text, [5])).toEqual([5]);
    expect(phraseHits(text, [1, 2, 7])).toEqual([1, 2, 7]);
  });
});

describe('snippet() marks', () => {
  it('mark the word, not the quotation marks and stops Pagefind keeps with it', () => {
    const text = indexedText('an “inn attendant” mindset.');
    expect(marked(snippet(text, { start: 0, end: 4, hits: [1, 2] }, 'en'))).toEqual(['inn', 'attendant']);
  });
});
