import { describe, expect, it } from 'vitest';
import { listPagePath, pageParam, pagerItems, paginate } from './pagination';

describe('paginate()', () => {
  it('cuts a list into full pages and a last partial one, keeping every item once and in order', () => {
    const items = Array.from({ length: 123 }, (_, i) => i);
    const pages = paginate(items, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 23]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.count, p.first, p.total])).toEqual([
      [1, 3, 1, 123],
      [2, 3, 51, 123],
      [3, 3, 101, 123],
    ]);
  });

  it('makes one page of a list that fits, and one empty page of an empty list', () => {
    expect(paginate([1, 2, 3], 50)).toEqual([{ number: 1, count: 1, items: [1, 2, 3], first: 1, total: 3 }]);
    expect(paginate([], 50)).toEqual([{ number: 1, count: 1, items: [], first: 1, total: 0 }]);
  });

  it('makes no page of a partial item at an exact multiple', () => {
    expect(paginate(Array.from({ length: 100 }), 50)).toHaveLength(2);
  });

  it('refuses a page size that is not a whole number of at least one', () => {
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
    expect(() => paginate([1], 2.5)).toThrow(/whole number/);
  });
});

describe('listPagePath() and pageParam()', () => {
  it('keeps the list address for page 1 and adds the number after it', () => {
    expect(listPagePath('/en/years/2020/', 1)).toBe('/en/years/2020/');
    expect(listPagePath('/zh/topics/financing/', 3)).toBe('/zh/topics/financing/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('12');
  });
});

describe('pagerItems()', () => {
  it('shows every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the ends and the neighbourhood of the current page, with gaps between', () => {
    expect(pagerItems(10, 200)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 200]);
    expect(pagerItems(1, 200)).toEqual([1, 2, 3, 'gap', 200]);
    expect(pagerItems(200, 200)).toEqual([1, 'gap', 198, 199, 200]);
  });

  it('shows a lone left-out page rather than a gap for it', () => {
    expect(pagerItems(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pagerItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
