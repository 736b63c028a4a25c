/** As much of a list of results as deciding what to show needs: how many there are, and those loaded. */
export interface ListedResults<T> {
  readonly total: number;
  readonly views: readonly T[];
}

/** The header shows a glimpse of the results; the search page shows the rest. */
export const GLIMPSE_OWN = 5;
export const GLIMPSE_OTHER = 3;

/** The results the header's dropdown shows: the first few in the reader's language, fewer in the other; none without an outcome. */
export function glimpse<T>(outcome: { own: ListedResults<T>; other: ListedResults<T> } | null): { own: T[]; other: T[] } {
  return { own: outcome?.own.views.slice(0, GLIMPSE_OWN) ?? [], other: outcome?.other.views.slice(0, GLIMPSE_OTHER) ?? [] };
}

/** Whether a list has results not yet loaded, for which the search page offers "more". */
export function hasMore(list: ListedResults<unknown>): boolean {
  return list.views.length < list.total;
}
