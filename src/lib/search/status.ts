import { INTL_LOCALE, type Lang, otherLang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import { isSearchable } from './query';
import type { FilterKey } from './fields';
import { hasFilters, type SearchState } from './search-state';

/** What a search found, counted: all the status line needs. */
export interface SearchCounts {
  own: number;
  /** Found by a topic or glossary term the query names, and not by its words. */
  related: number;
  other: number;
}

/** The counts of an outcome's result lists; null while there is none (nothing to search for, or still searching). */
export function countsOf(outcome: { own: { total: number }; related: { total: number }; other: { total: number } } | null): SearchCounts | null {
  return outcome && { own: outcome.own.total, related: outcome.related.total, other: outcome.other.total };
}

/** The sentence announced after a search (and shown above the results), in the reader's language. */
export function statusText(state: SearchState, counts: SearchCounts | null, lang: Lang, t: Translate): string {
  const searchable = isSearchable(state.query);
  if (!searchable && !hasFilters(state)) return t(state.query === '' ? 'search.status.idle' : 'search.status.unsearchable');
  if (!counts) return t('search.status.loading');
  if (!searchable) {
    if (counts.own === 0) return t('search.status.filteredNone');
    return counts.own === 1 ? t('search.status.filteredOne') : t('search.status.filteredMany', { count: counts.own });
  }
  const query = state.query;
  const own =
    counts.own === 0
      ? t('search.status.none', { query })
      : counts.own === 1
        ? t('search.status.one', { query })
        : t('search.status.many', { count: counts.own, query });
  const more = [
    counts.related > 0 ? t('search.status.related', { count: counts.related }) : '',
    counts.other > 0 ? t('search.status.otherLanguage', { count: counts.other, language: t(`language.${otherLang(lang)}`) }) : '',
  ];
  return [own, ...more].filter((s) => s !== '').join(lang === 'zh' ? '' : ' ');
}

/**
 * What to say when the filters hide every match: how many there are without
 * them and which filters hide them, by the labels their boxes carry.
 * `labelOf` gives a chosen value's label ("Region: Shandong Province").
 */
export function hiddenText(
  state: SearchState,
  hidden: { total: number; by: readonly FilterKey[] },
  labelOf: (key: FilterKey, value: string) => string,
  lang: Lang,
  t: Translate,
): string {
  const labels = hidden.by.flatMap((key) => state.filters[key].map((value) => `“${labelOf(key, value)}”`));
  const names = new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(labels);
  const filters = t(labels.length === 1 ? 'search.hidden.filter' : 'search.hidden.filters', { names });
  return hidden.total === 1
    ? t('search.hidden.one', { query: state.query, filters })
    : t('search.hidden.many', { count: hidden.total, query: state.query, filters });
}
