import { DEFAULT_LANG, type Lang, isLang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import type { SearchConcept } from '../../lib/search/concepts';
import { debounce, TYPING_PAUSE_MS } from '../../lib/search/debounce';
import type { FilterKey } from '../../lib/search/fields';
import { type Latest, latestOnly } from '../../lib/search/latest';
import { glossaryTermPath, topicPath } from '../../lib/linking/paths';
import { hasMore } from '../../lib/search/result-lists';
import { activeCountText, filterValueCount, formVocabulary, isTicked, readSearchForm } from '../../lib/search/search-form';
import { parseSearchParams, type SearchState, searchHref } from '../../lib/search/search-state';
import { countsOf, hiddenText, statusText } from '../../lib/search/status';
import { bulletinCountLabel } from '../../lib/digest/count-labels';
import { createSearchEngine, type FilterCounts, type ResultList, type SearchEngine, type SearchOutcome } from './engine';
import { appendResults, conceptLeadIn, el, termLabel } from './render';
import { browserTranslations } from './strings';

/** The elements of the search page that its script reads and writes. */
interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
  activeCount: Element;
  results: HTMLElement;
  status: HTMLElement;
  chips: HTMLElement;
  chipList: HTMLElement;
  clear: HTMLButtonElement;
  concepts: HTMLElement;
  conceptList: HTMLElement;
  ownList: HTMLElement;
  ownMore: HTMLButtonElement;
  related: HTMLElement;
  relatedList: HTMLElement;
  relatedMore: HTMLButtonElement;
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
  /** The address of the search whose results are shown or on their way; none after a failure. */
  asked: string | null;
}

function findParts(root: HTMLElement): Parts {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = one<HTMLFormElement>('[data-search-form]');
  return {
    form,
    input: one('input[type="search"]'),
    sortSelect: one('select[name="sort"]'),
    activeCount: one('[data-active-count]'),
    results: one('[data-search-results]'),
    status: one('[data-search-status]'),
    chips: one('[data-chips]'),
    chipList: one('[data-chip-list]'),
    clear: one('[data-clear]'),
    concepts: one('[data-concepts]'),
    conceptList: one('[data-concept-list]'),
    ownList: one('[data-own]'),
    ownMore: one('[data-more]'),
    related: one('[data-related-box]'),
    relatedList: one('[data-related]'),
    relatedMore: one('[data-related-more]'),
    other: one('[data-other]'),
    otherList: one('[data-other-list]'),
    otherMore: one('[data-other-more]'),
  };
}

const filterBoxes = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

function boxFor(form: HTMLFormElement, key: FilterKey, value: string): HTMLInputElement | undefined {
  return filterBoxes(form).find((box) => box.name === key && box.value === value);
}

/** A chosen value's label as its box carries it: "Region: Shandong Province". */
function labelOf(form: HTMLFormElement, key: FilterKey, value: string): string {
  return boxFor(form, key, value)?.dataset['label'] ?? value;
}

function readForm({ form, input, sortSelect }: Parts): SearchState {
  return readSearchForm({ query: input.value, sort: sortSelect.value, boxes: filterBoxes(form) });
}

function writeForm({ form, input, sortSelect }: Parts, state: SearchState): void {
  input.value = state.query;
  for (const box of filterBoxes(form)) box.checked = isTicked(state, box);
  sortSelect.value = state.sort;
}

/** Each value's count beside its box; a value that would give nothing cannot be ticked (one ticked already can be unticked). */
function showFilterCounts({ parts, t }: SearchPage, counts: FilterCounts): void {
  for (const slot of parts.form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const count = filterValueCount(slot.dataset['countFor'] ?? '', counts);
    slot.textContent = t('search.count', { count });
    const box = slot.parentElement?.querySelector('input');
    if (box) box.disabled = count === 0 && !box.checked;
  }
}

/** Leaves every box open to ticking while the counts are not known. */
function clearFilterCounts({ parts }: SearchPage): void {
  for (const slot of parts.form.querySelectorAll<HTMLElement>('[data-count-for]')) slot.textContent = '';
  for (const box of filterBoxes(parts.form)) box.disabled = false;
}

/** The chosen filters as buttons that take each away, above the results. */
function showChips(page: SearchPage, state: SearchState): void {
  const { parts, t } = page;
  const chips = Object.entries(state.filters).flatMap(([key, values]) =>
    values.map((value) => {
      const label = labelOf(parts.form, key as FilterKey, value);
      const button = el('button', 'chip', label);
      button.type = 'button';
      button.setAttribute('aria-label', t('search.removeFilter', { label }));
      button.append(el('span', 'chip__remove', '×'));
      button.lastElementChild!.setAttribute('aria-hidden', 'true');
      button.addEventListener('click', () => {
        const box = boxFor(parts.form, key as FilterKey, value);
        if (box) box.checked = false;
        void run(page);
        parts.input.focus();
      });
      const item = el('li', 'search-chips__item');
      item.append(button);
      return item;
    }),
  );
  parts.chipList.replaceChildren(...chips);
  parts.chips.hidden = chips.length === 0;
}

/** "See also": the topics and glossary terms the query names, each linked to its page. */
function showConcepts({ parts, lang, t }: SearchPage, concepts: readonly SearchConcept[]): void {
  const items = concepts.map((concept) => {
    const item = el('li', 'concepts__item', conceptLeadIn(concept.kind, lang, t));
    const link = el('a', 'concepts__link');
    if (concept.kind === 'topic') {
      link.href = topicPath(lang, concept.id);
      link.textContent = concept.name[lang];
      item.append(link, `${lang === 'zh' ? '' : ' '}${t('search.concept.count', { count: bulletinCountLabel(t, concept.bulletins) })}`);
    } else {
      link.href = glossaryTermPath(lang, concept.id);
      link.append(termLabel(concept.zh, concept.en));
      item.append(link);
    }
    return item;
  });
  parts.conceptList.replaceChildren(...items);
  parts.concepts.hidden = items.length === 0;
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
function startShowing(page: SearchPage, state: SearchState): void {
  const { parts, lang, t } = page;
  history.replaceState(history.state, '', searchHref(location.pathname, state));
  parts.activeCount.textContent = activeCountText(state, t);
  for (const list of [parts.ownList, parts.relatedList, parts.otherList, parts.conceptList]) list.replaceChildren();
  parts.concepts.hidden = parts.related.hidden = parts.other.hidden = true;
  parts.ownMore.hidden = parts.relatedMore.hidden = parts.otherMore.hidden = true;
  parts.status.textContent = statusText(state, null, lang, t);
}

function showOutcome(page: SearchPage, state: SearchState, outcome: SearchOutcome, ticket: number): void {
  const { parts, lang, t } = page;
  // For measuring: how long the index took, how many pages matched in the reader's
  // language, and a count that changes with every finished search.
  parts.results.dataset['elapsedMs'] = outcome.elapsedMs.toFixed(1);
  parts.results.dataset['ownTotal'] = String(outcome.own.total);
  parts.results.dataset['searchCount'] = String(++page.completed);
  parts.status.textContent = outcome.hidden
    ? hiddenText(state, outcome.hidden, (key, value) => labelOf(parts.form, key, value), lang, t)
    : statusText(state, countsOf(outcome), lang, t);
  // Chips, concepts and results arrive with the status in one frame: the status growing to two lines then moves nothing.
  showChips(page, state);
  showConcepts(page, outcome.concepts);
  appendResults(parts.ownList, outcome.own.views, lang, t, true);
  appendResults(parts.relatedList, outcome.related.views, lang, t, true);
  appendResults(parts.otherList, outcome.other.views, lang, t, true);
  parts.related.hidden = outcome.related.total === 0;
  parts.other.hidden = outcome.other.total === 0;
  bindMore(page, parts.ownMore, outcome.own, parts.ownList);
  bindMore(page, parts.relatedMore, outcome.related, parts.relatedList);
  bindMore(page, parts.otherMore, outcome.other, parts.otherList);
  // The counts are asked for once the results are painted, so that they never hold them up.
  requestAnimationFrame(() => {
    outcome.filterCounts(page.latest.signal(ticket)).then(
      (counts) => {
        if (page.latest.isCurrent(ticket)) showFilterCounts(page, counts);
      },
      () => undefined, // without counts the filters still work
    );
  });
}

async function run(page: SearchPage): Promise<void> {
  const { parts, t, latest } = page;
  const state = readForm(parts);
  const ticket = latest.start();
  page.asked = searchHref(location.pathname, state);
  startShowing(page, state);
  try {
    const outcome = await page.engine.search(state);
    if (!latest.isCurrent(ticket)) return;
    if (outcome) showOutcome(page, state, outcome, ticket);
    else {
      parts.status.textContent = statusText(state, null, page.lang, t);
      showChips(page, state);
      clearFilterCounts(page);
    }
  } catch {
    if (!latest.isCurrent(ticket)) return;
    parts.status.textContent = t('search.status.unavailable');
    page.asked = null; // so that Enter tries again
  }
}

/** The topics and glossary terms the page was built with, for naming concepts in queries; none if the block is missing or broken. */
function readConcepts(): SearchConcept[] {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('search-concepts')?.textContent ?? '[]');
    return Array.isArray(parsed) ? (parsed as SearchConcept[]) : [];
  } catch {
    return [];
  }
}

/**
 * The search page: its state lives in the URL (`?q=…&region=…&sort=…`), so a
 * search can be bookmarked and shared; results update as the reader types or
 * ticks a filter, and load ten at a time.
 */
export async function attachSearchPage(root: HTMLElement): Promise<void> {
  const lang: Lang = isLang(root.dataset['lang']) ? root.dataset['lang'] : DEFAULT_LANG;
  const engine = createSearchEngine(lang, { countFilters: true, concepts: readConcepts() });
  // The index loads while the strings arrive.
  void engine.warm().catch(() => undefined);
  const page: SearchPage = { lang, t: await browserTranslations(lang), engine, parts: findParts(root), latest: latestOnly(), completed: 0, asked: null };
  const { form, input, clear } = page.parts;
  const later = debounce(() => run(page));

  form.addEventListener('input', (event) => later.schedule(event.target === input ? TYPING_PAUSE_MS : 0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    later.cancel();
    // Enter after the typing pause asks for the results already shown: searching again would
    // empty them, fetch them again and count every filter again, for the same page.
    if (searchHref(location.pathname, readForm(page.parts)) !== page.asked) void run(page);
  });
  clear.addEventListener('click', () => {
    for (const box of filterBoxes(form)) box.checked = false;
    void run(page);
    input.focus();
  });

  writeForm(page.parts, parseSearchParams(new URLSearchParams(location.search), formVocabulary(filterBoxes(form))));
  void run(page);
  if (!new URLSearchParams(location.search).has('q')) input.focus();
}
