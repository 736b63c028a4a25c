import { type Lang, otherLang } from '../../i18n/locales';
import { searchBundlePath } from '../../lib/linking/paths';
import type { PagefindModule, PagefindResult, PagefindSearch } from '../../lib/search/pagefind-types';
import { FILTER_KEYS } from '../../lib/search/fields';
import { chineseWords, couldMatchTextsIn, isSearchable } from '../../lib/search/query';
import { type ResultView, toResultView } from '../../lib/search/result-view';
import { hasFilters, pagefindOptions, type SearchState } from '../../lib/search/search-state';

/** Results whose data (URL, excerpt, metadata) is loaded at once; more on request. */
export const PAGE_SIZE = 10;

/** A list of results whose details load a page at a time: each costs a fragment request. */
export interface ResultList {
  total: number;
  views: ResultView[];
  /** Loads the next page of details into `views`; resolves to the new ones. */
  more(count?: number): Promise<ResultView[]>;
}

export interface SearchOutcome {
  /** Results in the reader's language. */
  own: ResultList;
  /** Results in the other language's texts. */
  other: ResultList;
  /**
   * Per filter, how many own-language results carry each value; empty unless the
   * engine counts filters. Settles after the results, which do not wait for it.
   */
  filterCounts: Promise<FilterCounts>;
  /** Milliseconds from asking the index to having the first page of results. */
  elapsedMs: number;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchEngine {
  /** Loads the index ahead of the first query. */
  warm(): Promise<unknown>;
  /** Null when there is nothing to search for: no words and no filters. */
  search(state: SearchState, firstPage?: number): Promise<SearchOutcome | null>;
}

/**
 * What an index is loaded for. Counting filter values needs every filter's index
 * loaded, and once they are, Pagefind counts them on every search: two to three
 * times the work (measured at 3,000 bulletins). So the search page counts in a
 * second copy of its index, in a worker of its own, while the first finds results.
 */
type Role = 'results' | 'counts';

/** Each language's index, per role, loaded on first use. */
const indexes = new Map<string, Promise<PagefindModule>>();

/**
 * Loads one language's index from its own bundle. Each language is an index of
 * its own, searched on its own: merged into one, every query searched both and
 * then threw half the results away. Each bundle's own `pagefind.js` is loaded
 * (a second time, under another URL, for counting), since one copy runs all its
 * instances in a single worker, and two indexes in one worker fail in Pagefind
 * 1.6 ("memory access out of bounds").
 */
function loadIndex(lang: Lang, role: Role = 'results'): Promise<PagefindModule> {
  const key = `${lang}:${role}`;
  let loading = indexes.get(key);
  if (!loading) {
    const url = `${searchBundlePath(lang)}pagefind.js${role === 'counts' ? '?counts' : ''}`;
    loading = (async () => {
      const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
      await module.options({ excerptLength: 24 });
      await module.init();
      if (role === 'counts') await module.filters();
      return module;
    })();
    indexes.set(key, loading);
    loading.catch(() => indexes.delete(key)); // let a later search try again (the reader may be back online)
  }
  return loading;
}

/**
 * The query as an index needs it. Pagefind splits Chinese into words only on a
 * Chinese page (it goes by `<html lang>`), so an English page splits it itself
 * before searching the Chinese texts.
 */
function queryFor(index: Lang, readerLang: Lang, term: string): string {
  return index === 'zh' && readerLang !== 'zh' ? chineseWords(term) : term;
}

function resultList(results: PagefindResult[], readerLang: Lang): ResultList {
  const list: ResultList = {
    total: results.length,
    views: [],
    async more(count = PAGE_SIZE) {
      const next = results.slice(list.views.length, list.views.length + count);
      const views = (await Promise.all(next.map(async (r) => toResultView(await r.data(), readerLang)))).filter((v) => v !== null);
      list.views.push(...views);
      return views;
    },
  };
  return list;
}

/**
 * How many results each filter value would give. Values of one filter combine
 * with "any", so a filter already in use is counted as if it were not: ticking
 * Zhejiang beside Shandong adds Zhejiang's results, it does not find none.
 */
async function facetCounts(index: PagefindModule, term: string | null, state: SearchState): Promise<FilterCounts> {
  const counts = { ...(await index.search(term, pagefindOptions(state))).filters };
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length === 0) continue;
    const without = await index.search(term, pagefindOptions({ ...state, filters: { ...state.filters, [key]: [] } }));
    counts[key] = without.filters[key] ?? {};
  }
  return counts;
}

const NO_RESULTS: PagefindSearch = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/**
 * `countFilters`: the search page shows how many results each filter value would
 * give. The header box shows no counts, so it loads no filter indexes: on a large
 * site they are a good part of what a first search would fetch.
 */
export function createSearchEngine(readerLang: Lang, { countFilters = false } = {}): SearchEngine {
  return {
    warm: () => Promise.all([loadIndex(readerLang), countFilters ? loadIndex(readerLang, 'counts') : null]),
    async search(state, firstPage = PAGE_SIZE) {
      const ownIndex = await loadIndex(readerLang);
      // No words: list what the filters choose (if any); other-language copies of the same bulletins add nothing.
      const term = isSearchable(state.query) ? state.query : null;
      if (term === null && !hasFilters(state)) return null;
      const started = performance.now();
      const filterCounts = countFilters ? loadIndex(readerLang, 'counts').then((index) => facetCounts(index, term, state)) : Promise.resolve({});
      filterCounts.catch(() => undefined); // counts are extra: a failure leaves them blank, the results stand
      // The other language's texts are searched only for words they could hold (纾困 on the
      // English site, a name in Latin letters on the Chinese); their index loads meanwhile.
      const otherLanguage = otherLang(readerLang);
      const otherTerm = term !== null && couldMatchTextsIn(term, otherLanguage) ? queryFor(otherLanguage, readerLang, term) : null;
      const otherIndex = otherTerm === null ? null : loadIndex(otherLanguage);
      const own = await ownIndex.search(term, pagefindOptions(state));
      const other = otherIndex === null || otherTerm === null ? NO_RESULTS : await (await otherIndex).search(otherTerm, pagefindOptions(state));
      const outcome: SearchOutcome = {
        own: resultList(own.results, readerLang),
        other: resultList(other.results, readerLang),
        filterCounts,
        elapsedMs: 0,
      };
      await Promise.all([outcome.own.more(firstPage), outcome.other.more(Math.min(firstPage, 3))]);
      outcome.elapsedMs = performance.now() - started;
      return outcome;
    },
  };
}
