import { type Lang, isLang } from '../../i18n/locales';
import { FILTER_KEYS } from '../../lib/search/fields';
import { normaliseQuery } from '../../lib/search/query';
import { type FilterVocabulary, emptyFilters, parseSearchParams, parseSort, type SearchState, toSearchParams } from '../../lib/search/search-state';
import { statusText } from '../../lib/search/status';
import { createSearchEngine, type ResultList } from './engine';
import { appendResults } from './render';
import { browserTranslations } from './strings';

const DEBOUNCE_MS = 150;

/**
 * The search page: its state lives in the URL (`?q=…&region=…&sort=…`), so a
 * search can be bookmarked and shared; results update as the reader types or
 * ticks a filter, and load ten at a time.
 */
export function attachSearchPage(root: HTMLElement): void {
  const lang: Lang = isLang(root.dataset['lang']) ? root.dataset['lang'] : 'en';
  const t = browserTranslations(lang);
  const engine = createSearchEngine(lang, { countFilters: true });
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filtersBox = form.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const ownList = root.querySelector<HTMLElement>('[data-own]')!;
  const ownMore = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const other = root.querySelector<HTMLElement>('[data-other]')!;
  const otherList = root.querySelector<HTMLElement>('[data-other-list]')!;
  const otherMore = root.querySelector<HTMLButtonElement>('[data-other-more]')!;

  const checkboxes = (key?: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"]${key ? `[name="${key}"]` : ''}`)];
  const vocabulary = emptyFilters() satisfies FilterVocabulary;
  for (const key of FILTER_KEYS) vocabulary[key] = checkboxes(key).map((box) => box.value);

  function readForm(): SearchState {
    const filters = emptyFilters();
    for (const key of FILTER_KEYS) filters[key] = checkboxes(key).filter((box) => box.checked).map((box) => box.value);
    return { query: normaliseQuery(input.value), filters, sort: parseSort(sortSelect.value) };
  }

  const activeFilters = (state: SearchState) => FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);

  function writeForm(state: SearchState) {
    input.value = state.query;
    for (const box of checkboxes()) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
    sortSelect.value = state.sort;
    if (activeFilters(state) > 0) filtersBox.open = true;
  }

  function showActiveCount(state: SearchState) {
    const active = activeFilters(state);
    form.querySelector('[data-active-count]')!.textContent = active > 0 ? t('search.count', { count: active }) : '';
  }

  function showFilterCounts(counts: Record<string, Record<string, number>>) {
    for (const slot of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [key = '', value = ''] = (slot.dataset['countFor'] ?? '').split(':');
      slot.textContent = t('search.count', { count: counts[key]?.[value] ?? 0 });
    }
  }

  function bindMore(button: HTMLButtonElement, list: ResultList, target: HTMLElement) {
    button.hidden = list.views.length >= list.total;
    button.onclick = async () => {
      const added = await list.more();
      const firstNew = target.childElementCount;
      appendResults(target, added, lang, t, true);
      button.hidden = list.views.length >= list.total;
      // Keep the reader's place: focus moves to the first of the results just added.
      target.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
    };
  }

  let sequence = 0;
  let completed = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run() {
    const state = readForm();
    const mine = ++sequence;
    const params = toSearchParams(state).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}`);
    showActiveCount(state);
    results.hidden = false;
    ownList.replaceChildren();
    otherList.replaceChildren();
    other.hidden = true;
    ownMore.hidden = otherMore.hidden = true;
    status.textContent = statusText(state, null, lang, t);
    try {
      const outcome = await engine.search(state);
      if (mine !== sequence) return;
      status.textContent = statusText(state, outcome && { own: outcome.own.total, other: outcome.other.total }, lang, t);
      if (!outcome) return;
      // For measuring: how long the index took, how many pages matched in the reader's
      // language, and a count that changes with every finished search.
      results.dataset['elapsedMs'] = outcome.elapsedMs.toFixed(1);
      results.dataset['ownTotal'] = String(outcome.own.total);
      results.dataset['searchCount'] = String(++completed);
      appendResults(ownList, outcome.own.views, lang, t, true);
      appendResults(otherList, outcome.other.views, lang, t, true);
      other.hidden = outcome.other.total === 0;
      bindMore(ownMore, outcome.own, ownList);
      bindMore(otherMore, outcome.other, otherList);
      outcome.filterCounts.then(
        (counts) => {
          if (mine === sequence) showFilterCounts(counts);
        },
        () => undefined, // without counts the filters still work
      );
    } catch {
      if (mine === sequence) status.textContent = t('search.status.unavailable');
    }
  }

  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    timer = setTimeout(run, event.target === input ? DEBOUNCE_MS : 0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  writeForm(parseSearchParams(new URLSearchParams(location.search), vocabulary));
  form.hidden = false;
  void run();
  if (!new URLSearchParams(location.search).has('q')) input.focus();
}
