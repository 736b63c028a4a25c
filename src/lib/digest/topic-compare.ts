import type { Bulletin } from '../content/bulletin';
import { type RegionId, regionChain } from '../vocabulary/regions';
import type { TopicId } from '../vocabulary/topics';
import { allMeasures, type MeasureEntry, regionTree } from './browse';

/** One bulletin's measures on the topic: what one authority did about it. */
export interface AuthorityEntry {
  bulletin: Bulletin;
  measures: MeasureEntry[];
}

/** A province's column: its own authority and those of its cities and counties. */
export interface RegionColumn {
  province: RegionId;
  entries: AuthorityEntry[];
  /** Bulletins on the topic in this province beyond the ones shown. */
  more: number;
}

/**
 * Bulletins a column shows: the newest few. With thousands of bulletins a column listing them all
 * would be megabytes; the province's own page lists every one.
 */
export const COMPARE_PER_REGION = 5;

/**
 * The regions side by side on one topic: a column per province that has a measure on it, in the
 * order of the region list, each listing its bulletins' measures on the topic, the province's own
 * first, then its cities' and counties', newest first within a level.
 */
export function topicColumns(bulletins: readonly Bulletin[], topic: TopicId, limit = COMPARE_PER_REGION): RegionColumn[] {
  // Each bulletin's measures on the topic, found once: looked up per bulletin, not searched for, since a
  // large archive has tens of thousands of measures.
  const onTopic = Map.groupBy(allMeasures(bulletins).filter((measure) => measure.topics.includes(topic)), (measure) => measure.bulletin);
  const depth = (bulletin: Bulletin) => regionChain(bulletin.facts.region).length;
  return regionTree(bulletins).flatMap((node) => {
    const entries = node.all
      .map((bulletin) => ({ bulletin, measures: onTopic.get(bulletin) ?? [] }))
      .filter((entry) => entry.measures.length > 0)
      // Bulletins arrive newest first, and the sort is stable: within a level they stay so.
      .sort((a, b) => depth(a.bulletin) - depth(b.bulletin));
    if (entries.length === 0) return [];
    return [{ province: node.id, entries: entries.slice(0, limit), more: Math.max(0, entries.length - limit) }];
  });
}
