import type { Lang } from '../../i18n/locales';
import { otherLang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import { isSearchable } from './query';
import { hasFilters, type SearchState } from './search-state';

/** What a search found, counted: all the status line needs. */
export interface SearchCounts {
  own: number;
  other: number;
}

/** The counts of an outcome's result lists; null while there is none (nothing to search for, or still searching). */
export function countsOf(outcome: { own: { total: number }; other: { total: number } } | null): SearchCounts | null {
  return outcome && { own: outcome.own.total, other: outcome.other.total };
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
  if (counts.other === 0) return own;
  const separator = lang === 'zh' ? '' : ' ';
  return `${own}${separator}${t('search.status.otherLanguage', { count: counts.other, language: t(`language.${otherLang(lang)}`) })}`;
}
