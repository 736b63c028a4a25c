import { DEFAULT_LANG, type Lang, isLang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import { debounce, TYPING_PAUSE_MS } from '../../lib/search/debounce';
import { type Latest, latestOnly } from '../../lib/search/latest';
import { hasMore } from '../../lib/search/result-lists';
import { activeCountText, filterValueCount, formVocabulary, isTicked, readSearchForm } from '../../lib/search/search-form';
import { hasFilters, parseSearchParams, type SearchState, searchHref } from '../../lib/search/search-state';
import { countsOf, statusText } from '../../lib/search/status';
import { createSearchEngine, type FilterCounts, type ResultList, type SearchEngine, type SearchOutcome } from './engine';
import { appendResults } from './render';
import { browserTranslations } from './strings';

/** The elements of the search page that its script reads and writes. */
interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
  filtersBox: HTMLDetailsElement;
  activeCount: Element;
  results: HTMLElement;
  status: HTMLElement;
  ownList: HTMLElement;
  ownMore: HTMLButtonElement;
  other: HTMLElement;
  otherList: HTMLElement;
  otherMore: HTMLButtonElement;
}

interface SearchPage {
  lang: Lang;
  t: Translate;
  engine: SearchEngine;
  parts: Parts;
  latest: Latest;
  /** Searches finished so far. */
  completed: number;
}

function findParts(root: HTMLElement): Parts {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  return {
    form,
    input: form.querySelector<HTMLInputElement>('input[type="search"]')!,
    sortSelect: form.querySelector<HTMLSelectElement>('select[name="sort"]')!,
    filtersBox: form.querySelector<HTMLDetailsElement>('[data-filters]')!,
    activeCount: form.querySelector('[data-active-count]')!,
    results: root.querySelector<HTMLElement>('[data-search-results]')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    ownList: root.querySelector<HTMLElement>('[data-own]')!,
    ownMore: root.querySelector<HTMLButtonElement>('[data-more]')!,
    other: root.querySelector<HTMLElement>('[data-other]')!,
    otherList: root.querySelector<HTMLElement>('[data-other-list]')!,
    otherMore: root.querySelector<HTMLButtonElement>('[data-other-more]')!,
  };
}

const filterBoxes = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

function readForm({ form, input, sortSelect }: Parts): SearchState {
  return readSearchForm({ query: input.value, sort: sortSelect.value, boxes: filterBoxes(form) });
}

function writeForm({ form, input, sortSelect, filtersBox }: Parts, state: SearchState): void {
  input.value = state.query;
  for (const box of filterBoxes(form)) box.checked = isTicked(state, box);
  sortSelect.value = state.sort;
  if (hasFilters(state)) filtersBox.open = true;
}

function showFilterCounts({ parts, t }: SearchPage, counts: FilterCounts): void {
  for (const slot of parts.form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    slot.textContent = t('search.count', { count: filterValueCount(slot.dataset['countFor'] ?? '', counts) });
  }
}

function bindMore({ lang, t }: SearchPage, button: HTMLButtonElement, list: ResultList, target: HTMLElement): void {
  button.hidden = !hasMore(list);
  button.onclick = async () => {
    const added = await list.more();
    const firstNew = target.childElementCount;
    appendResults(target, added, lang, t, true);
    button.hidden = !hasMore(list);
    // Keep the reader's place: focus moves to the first of the results just added.
    target.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
  };
}

/** Puts the search in the address and empties the results while it runs. */
function startShowing({ parts, lang, t }: SearchPage, state: SearchState): void {
  history.replaceState(history.state, '', searchHref(location.pathname, state));
  parts.activeCount.textContent = activeCountText(state, t);
  parts.results.hidden = false;
  parts.ownList.replaceChildren();
  parts.otherList.replaceChildren();
  parts.other.hidden = true;
  parts.ownMore.hidden = parts.otherMore.hidden = true;
  parts.status.textContent = statusText(state, null, lang, t);
}

function showOutcome(page: SearchPage, outcome: SearchOutcome, ticket: number): void {
  const { parts, lang, t } = page;
  // For measuring: how long the index took, how many pages matched in the reader's
  // language, and a count that changes with every finished search.
  parts.results.dataset['elapsedMs'] = outcome.elapsedMs.toFixed(1);
  parts.results.dataset['ownTotal'] = String(outcome.own.total);
  parts.results.dataset['searchCount'] = String(++page.completed);
  appendResults(parts.ownList, outcome.own.views, lang, t, true);
  appendResults(parts.otherList, outcome.other.views, lang, t, true);
  parts.other.hidden = outcome.other.total === 0;
  bindMore(page, parts.ownMore, outcome.own, parts.ownList);
  bindMore(page, parts.otherMore, outcome.other, parts.otherList);
  outcome.filterCounts.then(
    (counts) => {
      if (page.latest.isCurrent(ticket)) showFilterCounts(page, counts);
    },
    () => undefined, // without counts the filters still work
  );
}

async function run(page: SearchPage): Promise<void> {
  const { parts, lang, t, latest } = page;
  const state = readForm(parts);
  const ticket = latest.start();
  startShowing(page, state);
  try {
    const outcome = await page.engine.search(state);
    if (!latest.isCurrent(ticket)) return;
    parts.status.textContent = statusText(state, countsOf(outcome), lang, t);
    if (outcome) showOutcome(page, outcome, ticket);
  } catch {
    if (latest.isCurrent(ticket)) parts.status.textContent = t('search.status.unavailable');
  }
}

/**
 * The search page: its state lives in the URL (`?q=…&region=…&sort=…`), so a
 * search can be bookmarked and shared; results update as the reader types or
 * ticks a filter, and load ten at a time.
 */
export function attachSearchPage(root: HTMLElement): void {
  const lang: Lang = isLang(root.dataset['lang']) ? root.dataset['lang'] : DEFAULT_LANG;
  const engine = createSearchEngine(lang, { countFilters: true });
  const page: SearchPage = { lang, t: browserTranslations(lang), engine, parts: findParts(root), latest: latestOnly(), completed: 0 };
  const { form, input } = page.parts;
  const later = debounce(() => run(page));

  form.addEventListener('input', (event) => later.schedule(event.target === input ? TYPING_PAUSE_MS : 0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    later.cancel();
    void run(page);
  });

  writeForm(page.parts, parseSearchParams(new URLSearchParams(location.search), formVocabulary(filterBoxes(form))));
  form.hidden = false;
  void run(page);
  if (!new URLSearchParams(location.search).has('q')) input.focus();
}
