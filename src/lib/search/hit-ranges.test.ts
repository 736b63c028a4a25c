import { describe, expect, it } from 'vitest';
import { hitRanges } from './hit-ranges';

/** The text each range covers, to read the expectations as words. */
function covered(text: string, words: string[]): string[] {
  return hitRanges(text, words).map(([start, end]) => text.slice(start, end));
}

describe('hitRanges()', () => {
  it('finds every occurrence, ignoring case', () => {
    const text = 'Financing first; then financing again.';
    expect(hitRanges(text, ['financing'])).toEqual([
      [0, 9],
      [22, 31],
    ]);
    expect(hitRanges(text, ['FINANCING'])).toEqual(hitRanges(text, ['financing']));
  });

  it('finds Chinese words', () => {
    const text = '开展助企纾困活动，纾困解难';
    expect(hitRanges(text, ['纾困'])).toEqual([
      [4, 6],
      [9, 11],
    ]);
  });

  it('lets the longer word win where two start at the same place, without overlaps', () => {
    expect(covered('financing finance', ['finance', 'financing'])).toEqual(['financing', 'finance']);
    expect(covered('助企纾困', ['纾', '纾困'])).toEqual(['纾困']);
  });

  it('returns ranges in text order whatever the order of the words', () => {
    const ranges = hitRanges('loans, credit and grants', ['grants', 'credit', 'loans']);
    expect(ranges).toEqual([
      [0, 5],
      [7, 13],
      [18, 24],
    ]);
  });

  it('ignores empty words and words that do not occur', () => {
    expect(hitRanges('some text', ['', 'absent'])).toEqual([]);
    expect(hitRanges('some text', [''])).toEqual([]);
    expect(hitRanges('', ['text'])).toEqual([]);
  });

  it('counts a word given twice once', () => {
    expect(hitRanges('credit', ['credit', 'Credit'])).toEqual([[0, 6]]);
  });

  it('keeps offsets right where lower-casing would change the length of the text', () => {
    // İ (U+0130) lower-cases to two code units; the ranges must still point into the original text.
    expect(covered('İzmir financing', ['financing'])).toEqual(['financing']);
  });

  it('finds an occurrence right after one that overlapped a longer match', () => {
    expect(covered('工人人人', ['工人', '人人'])).toEqual(['工人', '人人']);
  });
});
