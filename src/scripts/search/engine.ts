import { type Lang, otherLang } from '../../i18n/locales';
import { searchBundlePath } from '../../lib/linking/paths';
import type { PagefindModule, PagefindResult, PagefindSearchOptions } from '../../lib/search/pagefind-types';
import { copyFor, type IndexCopy } from '../../lib/search/index-copy';
import { FILTER_KEYS, type FilterKey } from '../../lib/search/fields';
import { foldForMatch, matchConcepts } from '../../lib/search/concept-match';
import type { SearchConcept } from '../../lib/search/concepts';
import { chineseWords, couldMatchTextsIn, isSearchable } from '../../lib/search/query';
import { BY_WORDS, type Found, type ResultView, toResultView } from '../../lib/search/result-view';
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

/** When filters leave nothing: how many the search finds without them, and the filters that hide those. */
export interface Hidden {
  total: number;
  by: FilterKey[];
}

export interface SearchOutcome {
  /** Texts in the reader's language that have the words. */
  own: ResultList;
  /** Texts in the reader's language found by a concept the query names, and not by its words. */
  related: ResultList;
  /** Texts in the other language: by the words, then by a glossary term the query names. */
  other: ResultList;
  /** The topics and glossary terms the query names. */
  concepts: SearchConcept[];
  /** Set when the filters hide every match. */
  hidden: Hidden | null;
  /**
   * Per filter, how many own-language results (by words or concept) carry each
   * value; empty unless the engine counts filters. Asked for once the results are
   * shown, so that loading the counting index does not hold them up. Counting
   * stops once `signal` is aborted: with concepts it takes a search per filter
   * value, and counts for words the reader has left behind would compete with
   * the search for the new ones.
   */
  filterCounts(signal?: AbortSignal): Promise<FilterCounts>;
  /** Milliseconds from asking the index to having the first page of results. */
  elapsedMs: number;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchEngine {
  /** Loads the reader's index ahead of the first query. */
  warm(): Promise<unknown>;
  /** Null when there is nothing to search for: no words and no filters. */
  search(state: SearchState, firstPage?: number): Promise<SearchOutcome | null>;
}

/** Each language's index, per copy, loaded on first use. */
const indexes = new Map<string, Promise<PagefindModule>>();

/**
 * Loads one copy (`index-copy.ts`) of one language's index from its own bundle.
 * Each language is an index of its own, searched on its own: merged into one,
 * every query searched both and then threw half the results away. Each copy
 * loads the bundle's own `pagefind.js` under another URL, since one copy runs
 * all its instances in a single worker, and two indexes in one worker fail in
 * Pagefind 1.6 ("memory access out of bounds"); so each copy also searches in a
 * worker of its own. The counting copy loads every filter's index at once.
 */
function loadIndex(lang: Lang, copy: IndexCopy = 'words'): Promise<PagefindModule> {
  const key = `${lang}:${copy}`;
  let loading = indexes.get(key);
  if (!loading) {
    const url = `${searchBundlePath(lang)}pagefind.js${copy === 'words' ? '' : `?${copy}`}`;
    loading = (async () => {
      const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
      await module.init();
      if (copy === 'counts') await module.filters();
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

type Filters = ReturnType<typeof pagefindOptions>['filters'];

/** Searches one language's texts; which index copy answers is the searcher's choice. */
type Searcher = (term: string | null, options: PagefindSearchOptions) => Promise<PagefindResult[]>;

/** Searches a language in the copy each search's filters call for (`index-copy.ts`). */
const inCopyFor =
  (lang: Lang): Searcher =>
  async (term, options) =>
    (await (await loadIndex(lang, copyFor(options.filters))).search(term, options)).results;

/** Searches in one copy whatever the filters: the counting copy, which has loaded them all. */
const inCopy =
  (index: PagefindModule): Searcher =>
  async (term, options) =>
    (await index.search(term, options)).results;

/** One way of finding results in an index: by the words, by a topic, by a glossary term's form. */
interface Lookup {
  found: Found;
  find(search: Searcher, filters: Filters): Promise<PagefindResult[]>;
}

function byWords(term: string | null, state: SearchState): Lookup {
  const { sort } = pagefindOptions(state);
  return { found: BY_WORDS, find: (search, filters) => search(term, { filters, ...(sort ? { sort } : {}) }) };
}

/** The bulletins on a topic, newest first unless the reader chose an order, within the reader's filters. */
function byTopic(concept: SearchConcept & { kind: 'topic' }, readerLang: Lang, state: SearchState): Lookup {
  const sort = pagefindOptions(state).sort ?? { date: 'desc' as const };
  const found: Found = { by: 'topic', topic: concept.id, label: concept.name[readerLang] };
  return { found, find: (search, filters) => search(null, { filters: { all: [filters, { topic: concept.id }] }, sort }) };
}

/**
 * The texts of `lang` that use a glossary term, by each form they write it in,
 * searched as an exact phrase (unquoted, "Out of Difficulty" would find every
 * text with "out" and "difficulty" anywhere); forms the reader typed already are left out.
 */
function byTerm(concept: SearchConcept & { kind: 'term' }, lang: Lang, readerLang: Lang, state: SearchState, typed: string): Lookup[] {
  const found: Found = { by: 'term', zh: concept.zh, en: concept.en };
  return concept.forms[lang]
    .filter((form) => foldForMatch(form) !== foldForMatch(typed))
    .map((form) => ({ ...byWords(`"${queryFor(lang, readerLang, form)}"`, state), found }));
}

/** Each lookup's results, all asked at once: lookups sent to different copies run side by side, each in its worker. */
const findAll = (search: Searcher, lookups: Lookup[], filters: Filters): Promise<PagefindResult[][]> =>
  Promise.all(lookups.map((lookup) => lookup.find(search, filters)));

/** The lookups' results in order, each page once, leaving out those in `exclude`. */
function merge(lookups: Lookup[], found: PagefindResult[][], exclude = new Set<string>()): { result: PagefindResult; found: Found }[] {
  const seen = new Set(exclude);
  const entries: { result: PagefindResult; found: Found }[] = [];
  found.forEach((results, i) => {
    for (const result of results) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      entries.push({ result, found: lookups[i]!.found });
    }
  });
  return entries;
}

function resultList(entries: { result: PagefindResult; found: Found }[], readerLang: Lang): ResultList {
  const list: ResultList = {
    total: entries.length,
    views: [],
    async more(count = PAGE_SIZE) {
      const next = entries.slice(list.views.length, list.views.length + count);
      const views = (await Promise.all(next.map(async ({ result, found }) => toResultView(await result.data(), readerLang, found)))).filter((v) => v !== null);
      list.views.push(...views);
      return views;
    },
  };
  return list;
}

/** How many pages all the lookups find together, within the filters. */
async function unionCount(search: Searcher, lookups: Lookup[], filters: Filters): Promise<number> {
  return merge(lookups, await findAll(search, lookups, filters)).length;
}

const without = (state: SearchState, key: FilterKey): SearchState => ({ ...state, filters: { ...state.filters, [key]: [] } });

/**
 * How many results each filter value would give. Values of one filter combine
 * with "any", so a filter already in use is counted as if it were not: ticking
 * Zhejiang beside Shandong adds Zhejiang's results, it does not find none. With
 * the words alone Pagefind counts them; with concepts too, each value is counted
 * over the pages all lookups find, so each page counts once.
 */
async function facetCounts(index: PagefindModule, lookups: Lookup[], term: string | null, state: SearchState, signal?: AbortSignal): Promise<FilterCounts> {
  if (lookups.length === 1) {
    const counts = { ...(await index.search(term, pagefindOptions(state))).filters };
    for (const key of FILTER_KEYS) {
      if (state.filters[key].length === 0) continue;
      signal?.throwIfAborted();
      counts[key] = (await index.search(term, pagefindOptions(without(state, key)))).filters[key] ?? {};
    }
    return counts;
  }
  const values = await index.filters();
  const search = inCopy(index);
  const counts: FilterCounts = {};
  for (const key of FILTER_KEYS) {
    counts[key] = {};
    for (const value of Object.keys(values[key] ?? {})) {
      signal?.throwIfAborted();
      const filters = pagefindOptions({ ...state, filters: { ...state.filters, [key]: [value] } }).filters;
      counts[key][value] = await unionCount(search, lookups, filters);
    }
  }
  return counts;
}

/** The filters in use that, each taken away alone, would bring matches back; all of them when none alone would. */
async function hiddenBy(search: Searcher, lookups: Lookup[], state: SearchState): Promise<Hidden | null> {
  const total = await unionCount(search, lookups, {});
  if (total === 0) return null;
  const inUse = FILTER_KEYS.filter((key) => state.filters[key].length > 0);
  const alone: FilterKey[] = [];
  for (const key of inUse) if ((await unionCount(search, lookups, pagefindOptions(without(state, key)).filters)) > 0) alone.push(key);
  return { total, by: alone.length > 0 ? alone : inUse };
}

interface EngineOptions {
  /** The search page shows how many results each filter value would give; the header box does not. */
  countFilters?: boolean;
  /** Topics and glossary terms a query may name; the header box does without. */
  concepts?: readonly SearchConcept[];
}

/** The lookups a search makes: by the words; by the concepts the words name; in the other language's texts. */
interface Plan {
  named: SearchConcept[];
  literal: Lookup[];
  related: Lookup[];
  other: Lookup[];
}

function plan(term: string | null, state: SearchState, readerLang: Lang, concepts: readonly SearchConcept[]): Plan {
  const otherLanguage = otherLang(readerLang);
  const named = term === null ? [] : matchConcepts(term, concepts);
  const terms = named.filter((c) => c.kind === 'term');
  const topics = named.filter((c) => c.kind === 'topic');
  return {
    named,
    literal: [byWords(term, state)],
    related: [...terms.flatMap((c) => byTerm(c, readerLang, readerLang, state, term ?? '')), ...topics.map((c) => byTopic(c, readerLang, state))],
    // The other language's texts are searched for words they could hold (纾困 on the English
    // site, a name in Latin letters on the Chinese) and for the forms of a glossary term named.
    other: [
      ...(term !== null && couldMatchTextsIn(term, otherLanguage) ? [byWords(queryFor(otherLanguage, readerLang, term), state)] : []),
      ...terms.flatMap((c) => byTerm(c, otherLanguage, readerLang, state, term ?? '')),
    ],
  };
}

/**
 * A search in the reader's language and, where the query could match them, in
 * the other language's texts. A query that names a topic or a glossary term
 * also finds the texts on that topic or using that term, after those with the
 * words. The header box counts no filters, so it loads no filter indexes: on a
 * large site they are a good part of what a first search would fetch.
 */
export function createSearchEngine(readerLang: Lang, { countFilters = false, concepts = [] }: EngineOptions = {}): SearchEngine {
  const inOwn = inCopyFor(readerLang);
  return {
    // The counting index is left until results are shown: loaded at once, it would hold them up.
    warm: () => loadIndex(readerLang),
    async search(state, firstPage = PAGE_SIZE) {
      // Awaited though each lookup loads its own copy: an index that cannot load says so even before there are words.
      await loadIndex(readerLang);
      // No words: list what the filters choose (if any); other-language copies of the same bulletins add nothing.
      const term = isSearchable(state.query) ? state.query : null;
      if (term === null && !hasFilters(state)) return null;
      const started = performance.now();
      const lookups = plan(term, state, readerLang, concepts);
      const { filters } = pagefindOptions(state);
      // Asked at once: a topic's lookup goes to the filtered copy and the other language's to
      // its own index, so each runs in a worker of its own beside the search by words.
      const [foundByWords, foundByConcepts, foundInOther] = await Promise.all([
        findAll(inOwn, lookups.literal, filters),
        findAll(inOwn, lookups.related, filters),
        findAll(inCopyFor(otherLang(readerLang)), lookups.other, filters),
      ]);
      const own = merge(lookups.literal, foundByWords);
      const related = merge(lookups.related, foundByConcepts, new Set(own.map((e) => e.result.id)));
      const other = merge(lookups.other, foundInOther);
      const shown = [...lookups.literal, ...lookups.related];
      let counting: Promise<FilterCounts> | undefined;
      const filterCounts = (signal?: AbortSignal) =>
        (counting ??= countFilters ? loadIndex(readerLang, 'counts').then((index) => facetCounts(index, shown, term, state, signal)) : Promise.resolve({}));
      const nothing = own.length === 0 && related.length === 0 && hasFilters(state) && term !== null;
      const outcome: SearchOutcome = {
        own: resultList(own, readerLang),
        related: resultList(related, readerLang),
        other: resultList(other, readerLang),
        concepts: lookups.named,
        hidden: nothing ? await hiddenBy(inOwn, shown, state) : null,
        filterCounts,
        elapsedMs: 0,
      };
      await Promise.all([outcome.own.more(firstPage), outcome.related.more(firstPage), outcome.other.more(Math.min(firstPage, 3))]);
      outcome.elapsedMs = performance.now() - started;
      return outcome;
    },
  };
}
