import { describe, expect, it } from 'vitest';
import { chineseWords, couldMatchTextsIn, isSearchable, MAX_QUERY_LENGTH, normaliseQuery } from './query';

describe('normaliseQuery()', () => {
  it('trims and collapses white space, the ideographic space included', () => {
    expect(normaliseQuery('  financing \t\n support  ')).toBe('financing support');
    expect(normaliseQuery('\u3000助企\u3000\u3000纾困\u3000')).toBe('助企 纾困');
  });

  it('cuts a long query to the maximum length, counted in code points', () => {
    expect(normaliseQuery('a'.repeat(MAX_QUERY_LENGTH + 50))).toBe('a'.repeat(MAX_QUERY_LENGTH));
    expect(normaliseQuery('纾'.repeat(MAX_QUERY_LENGTH + 1))).toBe('纾'.repeat(MAX_QUERY_LENGTH));
  });

  it('never cuts an emoji (two UTF-16 units) in half', () => {
    const cut = normaliseQuery('😀'.repeat(MAX_QUERY_LENGTH + 1));
    expect(cut).toBe('😀'.repeat(MAX_QUERY_LENGTH));
    expect(cut).toHaveLength(2 * MAX_QUERY_LENGTH);
    // A CJK Extension B character (𠀀, also two units) at the cut is kept whole or not at all.
    const mixed = normaliseQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}𠀀b`);
    expect(mixed).toBe(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}𠀀`);
  });

  it('drops the white space a cut leaves at the end', () => {
    expect(normaliseQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)} tail`)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('leaves nothing of white space alone', () => {
    expect(normaliseQuery(' \u3000\t ')).toBe('');
  });
});

describe('isSearchable()', () => {
  it('accepts words in English and Chinese, and digits', () => {
    for (const query of ['financing', '纾困', '2020', '１２', 'a']) expect(isSearchable(query), query).toBe(true);
  });

  it('rejects punctuation, full-width punctuation, symbols and emoji alone', () => {
    for (const query of ['', ' ', '!?.,', '“”', '，。！？、【】《》', '…', '+-*/', '😀🎉', '→ ←']) {
      expect(isSearchable(query), query).toBe(false);
    }
  });

  it('accepts a word among punctuation', () => {
    expect(isSearchable('“纾困”？')).toBe(true);
  });
});

describe('chineseWords()', () => {
  it('splits a Chinese phrase into its words, losing no character', () => {
    const words = chineseWords('工程造价');
    expect(words.split(' ')).toEqual(['工程', '造价']);
    expect(chineseWords('下沉企业助企纾困').replaceAll(' ', '')).toBe('下沉企业助企纾困');
    expect(chineseWords('下沉企业助企纾困').split(' ').length).toBeGreaterThan(1);
  });

  it('keeps words in other scripts whole, and the spaces between words single', () => {
    expect(chineseWords('Deqing  工程造价 financing')).toBe('Deqing 工程 造价 financing');
    expect(chineseWords('')).toBe('');
  });
});

describe('couldMatchTextsIn()', () => {
  it('sends Chinese characters and digits to the Chinese texts, not Latin words alone', () => {
    expect(couldMatchTextsIn('纾困', 'zh')).toBe(true);
    expect(couldMatchTextsIn('Deqing 德庆', 'zh')).toBe(true);
    expect(couldMatchTextsIn('2020', 'zh')).toBe(true);
    expect(couldMatchTextsIn('financing', 'zh')).toBe(false);
    expect(couldMatchTextsIn('Übersicht', 'zh')).toBe(false);
  });

  it('sends Latin words and digits to the English texts, not Chinese alone', () => {
    expect(couldMatchTextsIn('Hengfeng', 'en')).toBe(true);
    expect(couldMatchTextsIn('BIM技术', 'en')).toBe(true);
    expect(couldMatchTextsIn('１２', 'en')).toBe(true);
    expect(couldMatchTextsIn('外联站', 'en')).toBe(false);
    expect(couldMatchTextsIn('，。', 'en')).toBe(false);
  });
});
