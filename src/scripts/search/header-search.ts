import { type Lang, isLang } from '../../i18n/locales';
import { searchPath } from '../../lib/linking/paths';
import { normaliseQuery } from '../../lib/search/query';
import { emptyFilters, type SearchState, toSearchParams } from '../../lib/search/search-state';
import { statusText } from '../../lib/search/status';
import { createSearchEngine } from './engine';
import { appendResults } from './render';
import { browserTranslations } from './strings';

/** How long typing must pause before the box searches. */
const DEBOUNCE_MS = 150;
/** The header shows a glimpse; the search page shows the rest. */
const OWN_SHOWN = 5;
const OTHER_SHOWN = 3;

/**
 * The search box in every page's header: results open under it as the reader
 * types; Enter goes to the full search page; Escape closes; arrow keys move
 * between the box and the results.
 */
export function attachHeaderSearch(root: HTMLElement): void {
  const lang: Lang = isLang(root.dataset['lang']) ? root.dataset['lang'] : 'en';
  const t = browserTranslations(lang);
  const engine = createSearchEngine(lang);
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const panel = root.querySelector<HTMLElement>('.site-search__panel')!;
  const ownList = root.querySelector<HTMLElement>('[data-own]')!;
  const other = root.querySelector<HTMLElement>('[data-other]')!;
  const otherList = root.querySelector<HTMLElement>('[data-other-list]')!;
  const allLink = root.querySelector<HTMLAnchorElement>('[data-all]')!;

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function close() {
    sequence += 1; // a search still running must not reopen the panel
    panel.hidden = true;
    status.textContent = '';
  }

  async function run() {
    const state: SearchState = { query: normaliseQuery(input.value), filters: emptyFilters(), sort: 'relevance' };
    const mine = ++sequence;
    if (state.query === '') return close();
    allLink.href = `${searchPath(lang)}?${toSearchParams(state)}`;
    try {
      const outcome = await engine.search(state, OWN_SHOWN);
      if (mine !== sequence) return;
      ownList.replaceChildren();
      otherList.replaceChildren();
      if (outcome) {
        appendResults(ownList, outcome.own.views.slice(0, OWN_SHOWN), lang, t, false);
        appendResults(otherList, outcome.other.views.slice(0, OTHER_SHOWN), lang, t, false);
      }
      other.hidden = otherList.childElementCount === 0;
      status.textContent = statusText(state, outcome && { own: outcome.own.total, other: outcome.other.total }, lang, t);
      panel.hidden = false;
    } catch {
      if (mine !== sequence) return;
      status.textContent = t('search.status.unavailable');
      panel.hidden = true;
    }
  }

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden) return;
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      event.preventDefault();
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    }
  });
  // Leaving the search, by Tab or by a click elsewhere, closes the results.
  root.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !root.contains(to)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) close();
  });
  // Clicking back into a box that still holds words reopens their results (focus alone does not: Escape returns focus here).
  input.addEventListener('click', () => {
    if (panel.hidden && input.value.trim() !== '') void run();
  });

  void engine.warm().catch(() => undefined);
  if (input.value.trim() !== '') void run(); // typed before this module arrived
}
