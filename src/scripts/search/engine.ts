import { HTML_LANG, type Lang, otherLang } from '../../i18n/locales';
import { searchBundlePath } from '../../lib/paths';
import type { PagefindModule, PagefindResult, PagefindSearch } from '../../lib/search/pagefind-types';
import { FILTER_KEYS } from '../../lib/search/fields';
import { isSearchable } from '../../lib/search/query';
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
  /** Per filter, how many own-language results carry each value. */
  filterCounts: Record<string, Record<string, number>>;
  /** Milliseconds from asking the index to having the first page of results. */
  elapsedMs: number;
}

export interface SearchEngine {
  /** Loads the index ahead of the first query. */
  warm(): Promise<unknown>;
  /** Null when there is nothing to search for: no words and no filters. */
  search(state: SearchState, firstPage?: number): Promise<SearchOutcome | null>;
}

let pagefind: Promise<PagefindModule> | null = null;

/**
 * Loads Pagefind once. The English bundle is the primary index on both sites
 * because its WebAssembly carries the English stemmer (financing → finance);
 * Chinese word segmentation does not depend on it. The Chinese bundle is merged
 * in, so one query searches both languages' texts.
 */
function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${searchBundlePath('en')}pagefind.js`)) as PagefindModule;
    await module.options({ excerptLength: 24 });
    await module.mergeIndex(searchBundlePath('zh'), { language: HTML_LANG.zh.toLowerCase() });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = null; // let a later search try again (the reader may be back online)
  });
  return pagefind;
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
async function facetCounts(module: PagefindModule, term: string | null, state: SearchState, own: PagefindSearch, lang: Lang) {
  const counts = { ...own.filters };
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length === 0) continue;
    const without = await module.search(term, pagefindOptions({ ...state, filters: { ...state.filters, [key]: [] } }, lang));
    counts[key] = without.filters[key] ?? {};
  }
  return counts;
}

const NO_RESULTS: PagefindSearch = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

let filterIndexes: Promise<unknown> | null = null;

/**
 * `countFilters`: the search page shows how many results each filter value would
 * give, which Pagefind can only count once every filter's index is loaded. The
 * header box shows no counts, so it leaves them unloaded: on a large site they
 * are a good part of what a first search would fetch.
 */
export function createSearchEngine(readerLang: Lang, { countFilters = false } = {}): SearchEngine {
  const ready = async () => {
    const module = await loadPagefind();
    if (countFilters) await (filterIndexes ??= module.filters());
    return module;
  };
  return {
    warm: () => ready(),
    async search(state, firstPage = PAGE_SIZE) {
      const module = await ready();
      // No words: list what the filters choose (if any); other-language copies of the same bulletins add nothing.
      const term = isSearchable(state.query) ? state.query : null;
      if (term === null && !hasFilters(state)) return null;
      const started = performance.now();
      // One language after the other, not both at once: the second search then finds the index
      // chunks the first loaded. Run together, both fetch the same chunks (measured: more bytes and
      // slower queries, see BENCHMARKS.md).
      const own = await module.search(term, pagefindOptions(state, readerLang));
      const other = term === null ? NO_RESULTS : await module.search(term, pagefindOptions(state, otherLang(readerLang)));
      const outcome: SearchOutcome = {
        own: resultList(own.results, readerLang),
        other: resultList(other.results, readerLang),
        filterCounts: await facetCounts(module, term, state, own, readerLang),
        elapsedMs: 0,
      };
      await Promise.all([outcome.own.more(firstPage), outcome.other.more(Math.min(firstPage, 3))]);
      outcome.elapsedMs = performance.now() - started;
      return outcome;
    },
  };
}
