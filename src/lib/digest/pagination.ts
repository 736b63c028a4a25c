/**
 * Lists of bulletins (a topic, a year, a region) come a page at a time: five
 * bulletins fit on one page, ten thousand do not.
 *
 * The list's own address shows its newest bulletins. The older ones are archived on
 * full pages numbered from the oldest (`…/1/` holds the first fifty ever listed), so a
 * new bulletin changes the newest page and never moves a bulletin from one archived
 * page to another: a link to `…/3/` keeps showing what it showed, and a publish renders
 * a few pages of each list it joins instead of every page of it. Each bulletin is on
 * exactly one page of its list.
 */

/**
 * Bulletins on one archived page of a list: 50, unless DIGEST_LIST_PAGE_SIZE says otherwise
 * (a test builds the five real bulletins two to a page, to have lists of several pages).
 */
export const BULLETINS_PER_PAGE = pageSize(process.env.DIGEST_LIST_PAGE_SIZE);

function pageSize(setting: string | undefined): number {
  if (setting === undefined) return 50;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1) throw new Error(`DIGEST_LIST_PAGE_SIZE must be a whole number of at least 1, not "${setting}"`);
  return size;
}

/** The number of the list's own page, the newest; archived pages are numbered from 1, the oldest. */
export const NEWEST = 0;

/** Pages the pager links on each side of the one shown. */
export const PAGER_AROUND = 2;

export interface ListPage<T> {
  /** NEWEST for the list's own page; from 1, an archived page, counted from the oldest. */
  number: number;
  /**
   * How many archived pages the pager knows of. The newest page knows them all; an archived
   * page only as many as its pager can show (see `pagerItems`), so that it stays the same
   * page, and a rebuild can reuse it, as newer pages are added.
   */
  archived: number;
  /** Newest first, as every list on the site. */
  items: T[];
  /** The positions of the page's oldest and newest items, counted from the list's oldest, 1-based. */
  from: number;
  to: number;
  /** How many items the whole list has: on the newest page only, since an archived page must not change as the list grows. */
  total?: number;
}

/**
 * Splits a list, given newest first, into its pages, the newest first. Archived pages hold
 * `size` items each; the newest page holds the rest, from half a page to one and a half
 * (25 to 74 at 50 a page): never nearly empty, and on average as long as the others. A list
 * shorter than one and a half pages is one page; an empty list one empty page, so its
 * address still opens.
 */
export function paginate<T>(newestFirst: readonly T[], size = BULLETINS_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a page holds a whole number of items, at least 1 (got ${size})`);
  const total = newestFirst.length;
  const archived = Math.max(0, Math.floor((total - Math.ceil(size / 2)) / size));
  const onNewest = total - archived * size;
  const newest: ListPage<T> = { number: NEWEST, archived, items: newestFirst.slice(0, onNewest), from: archived * size + 1, to: total, total };
  const older = Array.from({ length: archived }, (_, i): ListPage<T> => {
    const number = archived - i;
    const start = onNewest + i * size;
    return { number, archived: Math.min(archived, number + PAGER_AROUND + 2), items: newestFirst.slice(start, start + size), from: (number - 1) * size + 1, to: number * size };
  });
  return [newest, ...older];
}

/** Page `number` of the list whose own address is `base`: `/en/years/2020/` → `/en/years/2020/2/`. */
export function listPagePath(base: string, number: number): string {
  return number === NEWEST ? base : `${base}${number}/`;
}

/** The value of a route's `[...page]` parameter: none on the newest page, which keeps the list's address. */
export function pageParam(number: number): string | undefined {
  return number === NEWEST ? undefined : String(number);
}

/** The page a reader goes to from `page` for older items, if any. */
export function olderPage(page: Pick<ListPage<unknown>, 'number' | 'archived'>): number | undefined {
  if (page.number === NEWEST) return page.archived > 0 ? page.archived : undefined;
  return page.number > 1 ? page.number - 1 : undefined;
}

/** The page a reader goes to from `page` for newer items, if any: the next archived page, or the newest. */
export function newerPage(page: Pick<ListPage<unknown>, 'number' | 'archived'>): number | undefined {
  if (page.number === NEWEST) return undefined;
  return page.number < page.archived ? page.number + 1 : NEWEST;
}

/** A link in the pager: a page (NEWEST or an archived page's number), or a gap standing for the pages left out. */
export type PagerItem = number | 'gap';

/**
 * The pages a pager links, newest first as the list reads: the newest page, the oldest
 * (1), and `around` archived pages on each side of the one shown, with a gap where pages
 * are left out. A gap never stands for a single page: that page is shown instead, since it
 * takes the same room. `archived` need not exceed `current + around + 2`: more pages above
 * change nothing, which is why an archived page is given no more (see `paginate`).
 */
export function pagerItems(current: number, archived: number, around = PAGER_AROUND): PagerItem[] {
  // The newest page sits above the newest archived page, as if it were page `archived + 1`.
  const top = archived + 1;
  const at = current === NEWEST ? top : current;
  const shown = new Set([1, top]);
  for (let n = at - around; n <= at + around; n++) if (n >= 1 && n <= top) shown.add(n);
  const numbers = [...shown].sort((a, b) => b - a);
  const items: PagerItem[] = [];
  numbers.forEach((n, i) => {
    const above = numbers[i - 1];
    if (above !== undefined && above - n === 2) items.push(n + 1);
    else if (above !== undefined && above - n > 2) items.push('gap');
    items.push(n);
  });
  return items.map((item) => (item === top ? NEWEST : item));
}
