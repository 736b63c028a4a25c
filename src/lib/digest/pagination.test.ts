import { describe, expect, it } from 'vitest';
import { listPagePath, NEWEST, newerPage, olderPage, pageParam, pagerItems, paginate } from './pagination';

/** A list of `n` items, newest first: n, n − 1, …, 1 (each item is its position from the oldest). */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('paginate()', () => {
  it('archives full pages from the oldest and leaves the rest, newest first, on the list’s own page', () => {
    const pages = paginate(newestFirst(173), 50);
    expect(pages.map((p) => p.number)).toEqual([NEWEST, 2, 1]);
    expect(pages.map((p) => p.items.length)).toEqual([73, 50, 50]);
    expect(paginate(newestFirst(176), 50).map((p) => p.items.length)).toEqual([26, 50, 50, 50]);
    expect(pages[2]!.items).toEqual(newestFirst(50));
    expect(pages.flatMap((p) => p.items)).toEqual(newestFirst(173));
    expect(pages.map((p) => [p.from, p.to, p.total])).toEqual([
      [101, 173, 173],
      [51, 100, undefined],
      [1, 50, undefined],
    ]);
  });

  it('leaves the newest page from half a page to one and a half, as long as the others on average', () => {
    const counts = Array.from({ length: 351 }, (_, i) => paginate(newestFirst(i + 50), 50)[0]!.items.length);
    expect(Math.min(...counts)).toBe(25);
    expect(Math.max(...counts)).toBe(74);
    expect(counts.reduce((sum, count) => sum + count, 0) / counts.length).toBeCloseTo(50, 0);
  });

  it('keeps every archived page as it was when a newer item is added', () => {
    const before = paginate(newestFirst(260), 50);
    const after = paginate(newestFirst(261), 50);
    for (const page of before.slice(1)) {
      const same = after.find((p) => p.number === page.number);
      expect(same?.items, `page ${page.number}`).toEqual(page.items);
    }
  });

  it('gives an archived page only as many newer pages as its pager shows, so it stays the same as the list grows', () => {
    const archivedOf = (n: number, number: number) => paginate(newestFirst(n), 10).find((p) => p.number === number)?.archived;
    // Page 3 of lists of 45, 55, … 205 items of ten a page: 4, 5, … archived pages.
    expect([45, 55, 65, 75, 205].map((n) => archivedOf(n, 3))).toEqual([4, 5, 6, 7, 7]);
    expect(paginate(newestFirst(205), 10)[0]!.archived).toBe(20);
  });

  it('makes one page of a list shorter than one and a half pages, and one empty page of an empty list', () => {
    expect(paginate([3, 2, 1], 50)).toEqual([{ number: NEWEST, archived: 0, items: [3, 2, 1], from: 1, to: 3, total: 3 }]);
    expect(paginate(newestFirst(74), 50)).toHaveLength(1);
    expect(paginate([], 50)).toEqual([{ number: NEWEST, archived: 0, items: [], from: 1, to: 0, total: 0 }]);
  });

  it('archives the first page once the list holds one and a half pages’ worth', () => {
    expect(paginate(newestFirst(75), 50).map((p) => p.items.length)).toEqual([25, 50]);
  });

  it('refuses a page size that is not a whole number of at least one', () => {
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
    expect(() => paginate([1], 2.5)).toThrow(/whole number/);
  });
});

describe('listPagePath() and pageParam()', () => {
  it('keeps the list’s address for the newest page and adds an archived page’s number after it', () => {
    expect(listPagePath('/en/years/2020/', NEWEST)).toBe('/en/years/2020/');
    expect(listPagePath('/zh/topics/financing/', 1)).toBe('/zh/topics/financing/1/');
    expect(pageParam(NEWEST)).toBeUndefined();
    expect(pageParam(12)).toBe('12');
  });
});

describe('olderPage() and newerPage()', () => {
  it('lead from the newest page down to page 1 and back up to the newest', () => {
    expect(olderPage({ number: NEWEST, archived: 5 })).toBe(5);
    expect(olderPage({ number: 5, archived: 5 })).toBe(4);
    expect(olderPage({ number: 1, archived: 5 })).toBeUndefined();
    expect(newerPage({ number: 1, archived: 5 })).toBe(2);
    expect(newerPage({ number: 5, archived: 5 })).toBe(NEWEST);
    expect(newerPage({ number: NEWEST, archived: 5 })).toBeUndefined();
  });

  it('lead nowhere on a list of one page', () => {
    expect(olderPage({ number: NEWEST, archived: 0 })).toBeUndefined();
    expect(newerPage({ number: NEWEST, archived: 0 })).toBeUndefined();
  });
});

describe('pagerItems()', () => {
  it('shows every page of a short list, newest first', () => {
    expect(pagerItems(NEWEST, 0)).toEqual([NEWEST]);
    expect(pagerItems(2, 4)).toEqual([NEWEST, 4, 3, 2, 1]);
  });

  it('shows the newest and the oldest and the neighbourhood of the current page, with gaps between', () => {
    expect(pagerItems(10, 200)).toEqual([NEWEST, 'gap', 12, 11, 10, 9, 8, 'gap', 1]);
    expect(pagerItems(NEWEST, 200)).toEqual([NEWEST, 200, 199, 'gap', 1]);
    expect(pagerItems(1, 200)).toEqual([NEWEST, 'gap', 3, 2, 1]);
  });

  it('shows a lone left-out page rather than a gap for it', () => {
    expect(pagerItems(5, 10)).toEqual([NEWEST, 'gap', 7, 6, 5, 4, 3, 2, 1]);
    expect(pagerItems(4, 6)).toEqual([NEWEST, 6, 5, 4, 3, 2, 1]);
  });

  it('shows an archived page the same links whether the list has a few pages more above it or many', () => {
    const capped = (current: number, archived: number) => paginate(newestFirst(archived * 10 + 10), 10).find((p) => p.number === current)!.archived;
    for (const archived of [5, 6, 7, 8, 30]) {
      for (let current = 1; current <= archived; current++) {
        expect(pagerItems(current, capped(current, archived)), `${current} of ${archived}`).toEqual(pagerItems(current, archived));
      }
    }
  });
});
