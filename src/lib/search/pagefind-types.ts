/**
 * The parts of Pagefind's browser API (`/pagefind/{lang}/pagefind.js`) the site
 * uses. Pagefind ships no types for it; these follow its documented shapes.
 */
export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A heading with an id: where Pagefind splits a page into sub-results. `location` is its first word's. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  locations: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text as indexed; hit locations count its words. */
  raw_content?: string;
  anchors?: PagefindAnchor[];
  /** Where the query matched, over the whole page. */
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter, how many of these results carry each value. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Every filter value with its page count; also loads the filters' indexes. */
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
}
