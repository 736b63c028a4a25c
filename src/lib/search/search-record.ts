import { LANGS } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';
import { formatDate, isoDate } from '../vocabulary/dates';
import { REGIONS, regionChain, regionPlaceName } from '../vocabulary/regions';
import { topicsCovered } from '../vocabulary/topics';
import { DATE_SORT, type FilterKey, ID_META, metaKey } from './fields';

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<FilterKey, string[]>;
  sort: Record<string, string>;
}

/**
 * What the search index is told about a bulletin's page, the same for both
 * languages: each language has an index of its own, so none needs a language filter.
 */
export function searchRecord(bulletin: Bulletin): SearchRecord {
  const { facts } = bulletin;
  const meta: Record<string, string> = { [ID_META]: bulletin.id };
  for (const l of LANGS) {
    meta[metaKey('title', l)] = bulletin.texts[l].title;
    meta[metaKey('region', l)] = regionPlaceName(facts.region, l);
    meta[metaKey('date', l)] = formatDate(facts.date, l);
  }
  return {
    meta,
    filters: {
      // The whole chain, so choosing Shandong also finds the bulletins of Dezhou, a city in it.
      region: regionChain(facts.region),
      level: [REGIONS[facts.region].level],
      year: [String(facts.date.year)],
      topic: topicsCovered(facts),
    },
    // A month-only date sorts as the first of its month, as on the bulletin lists.
    sort: { [DATE_SORT]: isoDate({ ...facts.date, day: facts.date.day ?? 1 }) },
  };
}
