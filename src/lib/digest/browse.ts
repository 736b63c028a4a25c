import type { Lang } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';
import type { MeasureCard } from '../content/schema/measure-card';
import { REGIONS, type RegionId, regionChain } from '../vocabulary/regions';
import { TOPIC_IDS, type TopicId, topicsCovered } from '../vocabulary/topics';

/**
 * The digest's ways in: bulletins grouped by region, topic and year, and every
 * measure of every bulletin. All derived from the bulletins; nothing listed by hand.
 * Bulletins keep the order they are given in (newest first).
 */

/**
 * What the groupings read of a bulletin: its facts. The pages group whole bulletins; the
 * sitemap, made after the build from the facts files alone (src/integrations/sitemap.ts), groups those.
 */
type Grouped = Pick<Bulletin, 'facts'>;

/** How many of the newest bulletins the home page and the 404 page show; the browse pages list them all. */
export const NEWEST_SHOWN = 10;

/** One policy measure of one bulletin. */
export interface MeasureEntry {
  bulletin: Bulletin;
  /** Its anchor in both texts: `measure-2`. */
  id: string;
  topics: TopicId[];
  /** Its heading in each language. */
  titles: Record<Lang, string>;
  /** The measure at a glance. */
  card: MeasureCard;
}

export function allMeasures(bulletins: readonly Bulletin[]): MeasureEntry[] {
  return bulletins.flatMap((bulletin) =>
    bulletin.facts.measures.map((measure) => ({
      bulletin,
      id: measure.id,
      topics: measure.topics,
      card: measure.card,
      titles: { en: bulletin.texts.en.measureTitles[measure.id] ?? measure.id, zh: bulletin.texts.zh.measureTitles[measure.id] ?? measure.id },
    })),
  );
}

/** The measures under each topic, in the vocabulary's order; topics without measures are left out. */
export function measuresByTopic(bulletins: readonly Bulletin[]): Map<TopicId, MeasureEntry[]> {
  const measures = allMeasures(bulletins);
  const groups = new Map<TopicId, MeasureEntry[]>();
  for (const topic of TOPIC_IDS) {
    const carrying = measures.filter((m) => m.topics.includes(topic));
    if (carrying.length > 0) groups.set(topic, carrying);
  }
  return groups;
}

/** The bulletins touching each topic (their own topics or their measures'), in the vocabulary's order. */
export function bulletinsByTopic<B extends Grouped>(bulletins: readonly B[]): Map<TopicId, B[]> {
  const groups = new Map<TopicId, B[]>();
  for (const topic of TOPIC_IDS) {
    const touching = bulletins.filter((b) => topicsCovered(b.facts).includes(topic));
    if (touching.length > 0) groups.set(topic, touching);
  }
  return groups;
}

/** The topics at least one measure carries, in the vocabulary's order: the topics whose regions can be compared. */
export function measureTopics<B extends Grouped>(bulletins: readonly B[]): TopicId[] {
  const carried = new Set(bulletins.flatMap((b) => b.facts.measures.flatMap((m) => m.topics)));
  return TOPIC_IDS.filter((topic) => carried.has(topic));
}

/** The bulletins of each year, newest year first. */
export function bulletinsByYear<B extends Grouped>(bulletins: readonly B[]): Map<number, B[]> {
  const years = [...new Set(bulletins.map((b) => b.facts.date.year))].sort((a, b) => b - a);
  return new Map(years.map((year) => [year, bulletins.filter((b) => b.facts.date.year === year)]));
}

/** The bulletins of a region and of every place within it. */
export function bulletinsIn<B extends Grouped>(bulletins: readonly B[], region: RegionId): B[] {
  return bulletins.filter((b) => regionChain(b.facts.region).includes(region));
}

/** A region in the tree of places that have bulletins. */
export interface RegionNode<B extends Grouped = Bulletin> {
  id: RegionId;
  /** Bulletins issued by this region itself. */
  own: B[];
  /** Bulletins of this region and every place within it. */
  all: B[];
  children: RegionNode<B>[];
}

/** Province → city → county, only where there are bulletins, in the order of REGIONS. */
export function regionTree<B extends Grouped>(bulletins: readonly B[]): RegionNode<B>[] {
  const used = new Set(bulletins.flatMap((b) => regionChain(b.facts.region)));
  const parentOf = (id: RegionId): RegionId | undefined => ('parent' in REGIONS[id] ? (REGIONS[id].parent as RegionId) : undefined);
  const build = (parent: RegionId | undefined): RegionNode<B>[] =>
    (Object.keys(REGIONS) as RegionId[])
      .filter((id) => used.has(id) && parentOf(id) === parent)
      .map((id) => ({ id, own: bulletins.filter((b) => b.facts.region === id), all: bulletinsIn(bulletins, id), children: build(id) }));
  return build(undefined);
}

/**
 * The regions overview names each place's newest bulletins, not all of them:
 * with thousands of bulletins the overview would be megabytes. The place's own
 * page lists them all, a page at a time.
 */
export const REGION_PREVIEW = 3;

/** The newest `limit` bulletins a place issued itself, and how many more it has. */
export function regionPreview(node: RegionNode, limit = REGION_PREVIEW): { shown: Bulletin[]; more: number } {
  const shown = node.own.slice(0, limit);
  return { shown, more: node.own.length - shown.length };
}

/** The tree in reading order, each place with how deep it sits (0 for a province): each province, then the places within it. */
export function flattenRegionTree<B extends Grouped>(nodes: readonly RegionNode<B>[], depth = 0): { node: RegionNode<B>; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenRegionTree(node.children, depth + 1)]);
}

/** Every region that has bulletins (itself or within it), in the tree's reading order. */
export function regionsWithBulletins(bulletins: readonly Grouped[]): RegionId[] {
  return flattenRegionTree(regionTree(bulletins)).map(({ node }) => node.id);
}
