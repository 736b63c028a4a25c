import { LANGS, type Lang } from '../../i18n/locales';
import { textStatus, textStatusLabel } from '../digest/text-status';
import type { Bulletin } from '../content/bulletin';
import { formatDate, isoDate } from '../vocabulary/dates';
import { REGIONS, regionChain, regionPlaceName } from '../vocabulary/regions';
import { topicsCovered } from '../vocabulary/topics';
import { DATE_SORT, type FilterKey, ID_META, STATUS_META, TOPIC_ANCHOR_FILTER, metaKey } from './fields';
import { topicAnchorValues } from './topic-anchors';

export interface SearchRecord {
  meta: Record<string, string>;
  /** The filters a reader can choose, and where the page answers each topic. */
  filters: Record<FilterKey | typeof TOPIC_ANCHOR_FILTER, string[]>;
  sort: Record<string, string>;
}

/**
 * What the search index is told about one language's page of a bulletin. The
 * titles, places and dates are given in both languages, so that a result can be
 * shown to a reader of either; so is the mark of what this page's text is
 * (`status_zh` of the English page is its mark written in Chinese). Each
 * language has an index of its own, so none needs a language filter.
 */
export function searchRecord(bulletin: Bulletin, textLang: Lang): SearchRecord {
  const { facts } = bulletin;
  const meta: Record<string, string> = { [ID_META]: bulletin.id, [STATUS_META]: textStatus(facts, textLang) };
  for (const l of LANGS) {
    meta[metaKey('title', l)] = bulletin.texts[l].title;
    meta[metaKey('region', l)] = regionPlaceName(facts.region, l);
    meta[metaKey('date', l)] = formatDate(facts.date, l);
    meta[metaKey('status', l)] = textStatusLabel(facts, textLang, l);
  }
  return {
    meta,
    filters: {
      // The whole chain, so choosing Shandong also finds the bulletins of Dezhou, a city in it.
      region: regionChain(facts.region),
      level: [REGIONS[facts.region].level],
      year: [String(facts.date.year)],
      topic: topicsCovered(facts),
      [TOPIC_ANCHOR_FILTER]: topicAnchorValues(facts.measures),
    },
    // A month-only date sorts as the first of its month, as on the bulletin lists.
    sort: { [DATE_SORT]: isoDate({ ...facts.date, day: facts.date.day ?? 1 }) },
  };
}
