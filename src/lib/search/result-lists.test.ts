import { describe, expect, it } from 'vitest';
import { glimpse, hasMore } from './result-lists';

const list = (total: number, loaded: number) => ({ total, views: Array.from({ length: loaded }, (_, i) => `result ${i + 1}`) });

describe('glimpse()', () => {
  it('shows the first five results in the reader’s language and the first three in the other', () => {
    expect(glimpse({ own: list(40, 10), other: list(9, 9) })).toEqual({
      own: ['result 1', 'result 2', 'result 3', 'result 4', 'result 5'],
      other: ['result 1', 'result 2', 'result 3'],
    });
  });

  it('shows all of shorter lists', () => {
    expect(glimpse({ own: list(2, 2), other: list(0, 0) })).toEqual({ own: ['result 1', 'result 2'], other: [] });
  });

  it('shows nothing without an outcome', () => {
    expect(glimpse(null)).toEqual({ own: [], other: [] });
  });
});

describe('hasMore()', () => {
  it('offers more while some results are not loaded', () => {
    expect(hasMore(list(25, 10))).toBe(true);
  });

  it('offers no more once all are loaded, or when there are none', () => {
    expect(hasMore(list(10, 10))).toBe(false);
    expect(hasMore(list(0, 0))).toBe(false);
  });
});
