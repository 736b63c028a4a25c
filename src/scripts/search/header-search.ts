import { DEFAULT_LANG, type Lang, isLang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import { searchPath } from '../../lib/linking/paths';
import { arrowStep, focusTarget } from '../../lib/search/arrow-keys';
import { type Debounced, debounce, TYPING_PAUSE_MS } from '../../lib/search/debounce';
import { type Latest, latestOnly } from '../../lib/search/latest';
import { GLIMPSE_OWN, glimpse } from '../../lib/search/result-lists';
import { readSearchBox } from '../../lib/search/search-form';
import { type SearchState, searchHref } from '../../lib/search/search-state';
import { countsOf, statusText } from '../../lib/search/status';
import { createSearchEngine, type SearchEngine, type SearchOutcome } from './engine';
import { appendResults } from './render';
import { browserTranslations } from './strings';

/** The header's search: its elements, and what it needs to search and to show results. */
interface HeaderSearch {
  root: HTMLElement;
  lang: Lang;
  t: Translate;
  engine: SearchEngine;
  latest: Latest;
  /** The search the last keystroke scheduled, waiting for typing to pause. */
  typing: Debounced;
  input: HTMLInputElement;
  status: HTMLElement;
  panel: HTMLElement;
  ownList: HTMLElement;
  other: HTMLElement;
  otherList: HTMLElement;
  allLink: HTMLAnchorElement;
}

function find(root: HTMLElement, lang: Lang, t: Translate, engine: SearchEngine): HeaderSearch {
  const search: HeaderSearch = {
    root,
    lang,
    t,
    engine,
    latest: latestOnly(),
    typing: debounce(() => run(search)),
    input: root.querySelector<HTMLInputElement>('input[type="search"]')!,
    status: root.querySelector<HTMLElement>('[role="status"]')!,
    panel: root.querySelector<HTMLElement>('.site-search__panel')!,
    ownList: root.querySelector<HTMLElement>('[data-own]')!,
    other: root.querySelector<HTMLElement>('[data-other]')!,
    otherList: root.querySelector<HTMLElement>('[data-other-list]')!,
    allLink: root.querySelector<HTMLAnchorElement>('[data-all]')!,
  };
  return search;
}

function close(search: HeaderSearch): void {
  // Neither a search still running nor one the last keystroke scheduled may reopen the panel.
  search.typing.cancel();
  search.latest.cancel();
  search.panel.hidden = true;
  search.status.textContent = '';
}

function resultLinks(search: HeaderSearch): HTMLAnchorElement[] {
  return [...search.panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

function showGlimpse(search: HeaderSearch, state: SearchState, outcome: SearchOutcome | null): void {
  const { lang, t } = search;
  const shown = glimpse(outcome);
  // Results for the last words typed can arrive after the reader has arrowed into the earlier ones:
  // focus stays at the same place in the new list rather than falling to the page.
  const focused = resultLinks(search).indexOf(document.activeElement as HTMLAnchorElement);
  search.ownList.replaceChildren();
  search.otherList.replaceChildren();
  appendResults(search.ownList, shown.own, lang, t, false);
  appendResults(search.otherList, shown.other, lang, t, false);
  search.other.hidden = shown.other.length === 0;
  search.status.textContent = statusText(state, countsOf(outcome), lang, t);
  search.panel.hidden = false;
  if (focused >= 0) {
    const links = resultLinks(search);
    (links[Math.min(focused, links.length - 1)] ?? search.input).focus();
  }
}

async function run(search: HeaderSearch): Promise<void> {
  const state = readSearchBox(search.input.value);
  const ticket = search.latest.start();
  if (state.query === '') return close(search);
  search.allLink.href = searchHref(searchPath(search.lang), state);
  try {
    const outcome = await search.engine.search(state, GLIMPSE_OWN);
    if (search.latest.isCurrent(ticket)) showGlimpse(search, state, outcome);
  } catch {
    if (!search.latest.isCurrent(ticket)) return;
    search.status.textContent = search.t('search.status.unavailable');
    search.panel.hidden = true;
  }
}

function onKeydown(search: HeaderSearch, event: KeyboardEvent): void {
  const step = arrowStep(event.key);
  if (event.key === 'Escape') {
    close(search);
    search.input.focus();
  } else if (step !== 0 && !search.panel.hidden) {
    const links = resultLinks(search);
    const target = focusTarget(links.indexOf(document.activeElement as HTMLAnchorElement), step, links.length);
    event.preventDefault();
    if (target === 'box') search.input.focus();
    else if (target !== null) links[target]?.focus();
  }
}

function listen(search: HeaderSearch): void {
  const { root, input, panel } = search;
  input.addEventListener('input', () => search.typing.schedule(TYPING_PAUSE_MS));
  root.addEventListener('keydown', (event) => onKeydown(search, event));
  // Leaving the search, by Tab or by a click elsewhere, closes the results.
  root.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !root.contains(to)) close(search);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) close(search);
  });
  // Clicking back into a box that still holds words reopens their results (focus alone does not: Escape returns focus here).
  input.addEventListener('click', () => {
    if (panel.hidden && input.value.trim() !== '') void run(search);
  });
}

/**
 * The search box in every page's header: results open under it as the reader
 * types; Enter goes to the full search page; Escape closes; arrow keys move
 * between the box and the results.
 */
export async function attachHeaderSearch(root: HTMLElement): Promise<void> {
  const lang: Lang = isLang(root.dataset['lang']) ? root.dataset['lang'] : DEFAULT_LANG;
  const engine = createSearchEngine(lang);
  // The index loads while the strings arrive; until both are here, Enter sends the form to the search page.
  void engine.warm().catch(() => undefined);
  const search = find(root, lang, await browserTranslations(lang), engine);
  listen(search);
  // Words typed before this module arrived wait for the pause in typing like any later key: a reader
  // still typing gets one search, for all the words, not another for the letters typed so far.
  if (search.input.value.trim() !== '') search.typing.schedule(TYPING_PAUSE_MS);
}
