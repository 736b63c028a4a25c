import { DATE_SORT, FILTER_KEYS, type FilterKey } from './fields';
import { normaliseQuery } from './query';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Everything a search is: what the URL of `/{lang}/search/` holds, so a search can be shared. */
export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
  sort: Sort;
}

/** The values each filter may take: the site's regions, levels, years and topics. */
export type FilterVocabulary = Record<FilterKey, readonly string[]>;

/** A sort from the URL or the form; anything else is the default, best match first. */
export function parseSort(value: string | null): Sort {
  return (SORTS as readonly string[]).includes(value ?? '') ? (value as Sort) : 'relevance';
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { region: [], level: [], year: [], topic: [] };
}

/**
 * Reads `?q=…&region=…&topic=…&sort=…`. Unknown filter values and sorts are
 * dropped rather than shown as errors: a shared link from an older version of
 * the site still opens a search, just a wider one.
 */
export function parseSearchParams(params: URLSearchParams, vocabulary: FilterVocabulary): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [...new Set(params.getAll(key))].filter((value) => vocabulary[key].includes(value));
  }
  return { query: normaliseQuery(params.get('q') ?? ''), filters, sort: parseSort(params.get('sort')) };
}

/** The inverse of parseSearchParams, leaving out what is at its default. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The address of a search at `path` (the search page's), without a bare `?` when everything is at its default. */
export function searchHref(path: string, state: SearchState): string {
  const params = toSearchParams(state).toString();
  return params ? `${path}?${params}` : path;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's filter and sort options: any of the values within one filter, all filters together. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  }
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { [DATE_SORT]: state.sort === 'newest' ? 'desc' : 'asc' } };
}
