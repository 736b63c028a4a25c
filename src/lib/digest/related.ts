import type { Bulletin } from '../content/bulletin';
import { compareDatesDescending } from '../vocabulary/dates';
import { type RegionId, regionChain } from '../vocabulary/regions';
import { type TopicId, topicsCovered } from '../vocabulary/topics';

/** How many related bulletins a bulletin page lists. */
export const RELATED_LIMIT = 3;

/** A bulletin related to another, and why: the province both come from, the topics both touch. */
export interface RelatedBulletin {
  bulletin: Bulletin;
  /** The province both bulletins' regions lie in (Dezhou City and Shandong Province: Shandong), if any. */
  province: RegionId | null;
  /** The topics both touch, their own or their measures', in the vocabulary's order. */
  topics: TopicId[];
}

const provinceOf = (bulletin: Bulletin): RegionId => regionChain(bulletin.facts.region).at(-1)!;

/**
 * The bulletins most related to `bulletin`, each with its reasons: the same province
 * counts as much as two shared topics, since a reader of one authority's bulletin asks
 * first what else was done there. Ties go to the newer; a bulletin with no reason is left out.
 */
export function relatedBulletins(bulletin: Bulletin, all: readonly Bulletin[], limit = RELATED_LIMIT): RelatedBulletin[] {
  const topics = new Set(topicsCovered(bulletin.facts));
  const province = provinceOf(bulletin);
  return all
    .filter((other) => other.id !== bulletin.id)
    .map((other) => ({
      bulletin: other,
      province: provinceOf(other) === province ? province : null,
      topics: topicsCovered(other.facts).filter((topic) => topics.has(topic)),
    }))
    .filter((related) => related.province !== null || related.topics.length > 0)
    .sort((a, b) => score(b) - score(a) || compareDatesDescending(a.bulletin.facts.date, b.bulletin.facts.date))
    .slice(0, limit);
}

function score(related: RelatedBulletin): number {
  return (related.province ? 2 : 0) + related.topics.length;
}
