import type { Bulletin } from '../content/bulletin';
import { flattenRegionTree, regionTree } from '../digest/browse';
import { LEVELS, type Level, REGIONS, type RegionId } from '../vocabulary/regions';
import { TOPIC_IDS, type TopicId, topicsCovered } from '../vocabulary/topics';
import type { FilterVocabulary } from './search-state';

/** The filter values of this site's bulletins, typed by what each is. */
export interface SiteFilterValues extends FilterVocabulary {
  region: RegionId[];
  level: Level[];
  year: string[];
  topic: TopicId[];
}

/** A region offered as a filter, with how deep it sits (0 for a province). */
export interface RegionOption {
  id: RegionId;
  depth: number;
}

/**
 * The regions the bulletins come from and every region above them, as a tree
 * flattened in reading order: each province, then the cities and counties in it.
 */
export function regionOptions(bulletins: readonly Bulletin[]): RegionOption[] {
  return flattenRegionTree(regionTree(bulletins)).map(({ node, depth }) => ({ id: node.id, depth }));
}

/** Every value each search filter can take: only those some bulletin has, in display order. */
export function filterValues(bulletins: readonly Bulletin[]): SiteFilterValues {
  const levels = new Set(bulletins.map((b) => REGIONS[b.facts.region].level));
  const topics = new Set(bulletins.flatMap((b) => topicsCovered(b.facts)));
  return {
    region: regionOptions(bulletins).map((option) => option.id),
    level: LEVELS.filter((level) => levels.has(level)),
    year: [...new Set(bulletins.map((b) => String(b.facts.date.year)))].sort().reverse(),
    topic: TOPIC_IDS.filter((topic) => topics.has(topic)),
  };
}
