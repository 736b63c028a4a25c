/**
 * Lists of bulletins (a topic, a year, a region) come a page at a time: five
 * bulletins fit on one page, ten thousand do not. The first page keeps the
 * list's own address, so links made before a list grew still open it.
 */

/**
 * Bulletins on one page of a list: 50, unless DIGEST_LIST_PAGE_SIZE says otherwise
 * (a test builds the five real bulletins two to a page, to have lists of several pages).
 */
export const BULLETINS_PER_PAGE = pageSize(process.env.DIGEST_LIST_PAGE_SIZE);

function pageSize(setting: string | undefined): number {
  if (setting === undefined) return 50;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1) throw new Error(`DIGEST_LIST_PAGE_SIZE must be a whole number of at least 1, not "${setting}"`);
  return size;
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the whole list has. */
  count: number;
  items: T[];
  /** The position of this page's first item in the whole list, 1-based. */
  first: number;
  /** How many items the whole list has. */
  total: number;
}

/** Splits a list into pages; an empty list is one empty page, so its address still opens. */
export function paginate<T>(items: readonly T[], size = BULLETINS_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a page holds a whole number of items, at least 1 (got ${size})`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    first: i * size + 1,
    total: items.length,
  }));
}

/** Page `number` of the list whose first page is `base`: `/en/years/2020/` → `/en/years/2020/2/`. */
export function listPagePath(base: string, number: number): string {
  return number <= 1 ? base : `${base}${number}/`;
}

/** The value of a route's `[...page]` parameter: none on the first page, which keeps the list's address. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
}

/** A link in the pager: a page number, or a gap standing for the pages left out. */
export type PagerItem = number | 'gap';

/**
 * The page numbers a pager shows: the first and last, and `around` on each side of
 * the current one, with a gap where pages are left out. A gap never stands for a
 * single page: that page is shown instead, since it takes the same room.
 */
export function pagerItems(current: number, count: number, around = 2): PagerItem[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) items.push(n - 1);
    else if (previous !== undefined && n - previous > 2) items.push('gap');
    items.push(n);
  });
  return items;
}
