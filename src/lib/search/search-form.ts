import type { Translate } from '../../i18n/translator';
import { FILTER_KEYS, type FilterKey } from './fields';
import { normaliseQuery } from './query';
import { emptyFilters, type FilterVocabulary, parseSort, type SearchState } from './search-state';

/** A filter checkbox of the search form, as much of it as a search state needs. */
export interface FilterBox {
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
}

/** What the search page's form holds: the words typed, the sort chosen and the filter boxes. */
export interface SearchFormValues {
  readonly query: string;
  readonly sort: string;
  readonly boxes: readonly FilterBox[];
}

function isFilterKey(name: string): name is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(name);
}

/** The values each filter may take: those the form has a box for, in the form's order. */
export function formVocabulary(boxes: readonly Omit<FilterBox, 'checked'>[]): FilterVocabulary {
  const vocabulary = emptyFilters();
  for (const box of boxes) if (isFilterKey(box.name)) vocabulary[box.name].push(box.value);
  return vocabulary;
}

/** The search the form describes: its words normalised as in an address, the ticked boxes, the sort. */
export function readSearchForm(form: SearchFormValues): SearchState {
  const filters = emptyFilters();
  for (const box of form.boxes) if (box.checked && isFilterKey(box.name)) filters[box.name].push(box.value);
  return { query: normaliseQuery(form.query), filters, sort: parseSort(form.sort) };
}

/** The search of the header's box: its words alone, best match first; filters and sorts are the search page's. */
export function readSearchBox(text: string): SearchState {
  return { query: normaliseQuery(text), filters: emptyFilters(), sort: 'relevance' };
}

/** Whether a filter box is ticked when the form shows `state`. */
export function isTicked(state: SearchState, box: Omit<FilterBox, 'checked'>): boolean {
  return isFilterKey(box.name) && state.filters[box.name].includes(box.value);
}

export function activeFilterCount(state: SearchState): number {
  return FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
}

/** The count beside the filters' summary, so a closed filter box still says how many are ticked; nothing when none is. */
export function activeCountText(state: SearchState, t: Translate): string {
  const active = activeFilterCount(state);
  return active > 0 ? t('search.count', { count: active }) : '';
}

/** How many results carry a filter value, for the slot named `key:value` beside its box; 0 when none does. */
export function filterValueCount(slot: string, counts: Readonly<Record<string, Readonly<Record<string, number>>>>): number {
  const [key = '', value = ''] = slot.split(':');
  return counts[key]?.[value] ?? 0;
}
