import type { Bulletin } from '../content/bulletin';
import { dayNumber } from '../vocabulary/dates';
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
 * first what else was done there, and of two that weigh the same the one from there comes
 * first. Other ties go to the nearest in date (the newer when two are as near): what was
 * done around the same time. A page's list then stays as it is when later bulletins are
 * published, so a published page does not change under its readers and a publish renders
 * only the few pages the new bulletin is nearest to. A bulletin with no reason is left out.
 */
export function relatedBulletins(bulletin: Bulletin, all: readonly Bulletin[], limit = RELATED_LIMIT): RelatedBulletin[] {
  return relatedIndex(all, limit)(bulletin);
}

/** A bulletin of the archive, with its place in it and what relatedness is worked out from. */
interface Member {
  bulletin: Bulletin;
  index: number;
  day: number;
  province: RegionId;
  topics: TopicId[];
}

/** A member found for a bulletin, with how many days lie between them. */
interface Near {
  member: Member;
  distance: number;
}

/**
 * `relatedBulletins` for every bulletin of `all`, worked out once. Bulletins of the same
 * province touching the same topics are alike to any other, so they are grouped, in date
 * order, and a bulletin weighs each group once and takes at most `limit` from it, those
 * nearest its date: the time grows with the archive times the number of groups, not with
 * the archive squared (ten thousand bulletins compared pairwise took minutes before the
 * first page was built).
 */
export function relatedIndex(all: readonly Bulletin[], limit = RELATED_LIMIT): (bulletin: Bulletin) => RelatedBulletin[] {
  const members: Member[] = all.map((bulletin, index) => ({ bulletin, index, day: dayNumber(bulletin.facts.date), province: provinceOf(bulletin), topics: topicsCovered(bulletin.facts) }));
  const groups = Map.groupBy(members, (member) => `${member.province} ${member.topics.join(' ')}`);
  const grouped = [...groups.values()].map((group) => group.sort((a, b) => a.day - b.day || a.index - b.index));
  return (bulletin) => {
    const topics = new Set(topicsCovered(bulletin.facts));
    const province = provinceOf(bulletin);
    const day = dayNumber(bulletin.facts.date);
    const candidates = grouped.flatMap((members) => {
      const shared = members[0]!.topics.filter((topic) => topics.has(topic));
      const sameProvince = members[0]!.province === province;
      if (!sameProvince && shared.length === 0) return [];
      return nearestOthers(members, bulletin, day, limit).map((near) => ({ ...near, related: { bulletin: near.member.bulletin, province: sameProvince ? province : null, topics: shared } }));
    });
    return candidates
      .sort((a, b) => score(b.related) - score(a.related) || Number(b.related.province !== null) - Number(a.related.province !== null) || nearer(a, b))
      .slice(0, limit)
      .map(({ related }) => related);
  };
}

/** The nearer of two members in date; of two as near, the newer, then the earlier in the archive. */
function nearer(a: Near, b: Near): number {
  return a.distance - b.distance || b.member.day - a.member.day || a.member.index - b.member.index;
}

/**
 * The `limit` members of a group (in date order, then archive order) nearest `day`, besides the
 * bulletin itself. From the place `day` would take in the group, the `limit + 1` nearest each
 * way: walking on, they come in `nearer`'s order; walking back, each day's members are taken
 * from the first of that day, as `nearer` would take them. However many share a day, a
 * bulletin weighs a few members a group.
 */
function nearestOthers(members: readonly Member[], bulletin: Bulletin, day: number, limit: number): Near[] {
  const start = firstOnOrAfter(members, day);
  const later = members.slice(start, start + limit + 1);
  const earlier: Member[] = [];
  for (let end = start; end > 0 && earlier.length <= limit; ) {
    const first = firstOnOrAfter(members, members[end - 1]!.day);
    earlier.push(...members.slice(first, Math.min(end, first + limit + 1 - earlier.length)));
    end = first;
  }
  return [...earlier, ...later]
    .filter((member) => member.bulletin.id !== bulletin.id)
    .map((member) => ({ member, distance: Math.abs(member.day - day) }))
    .sort(nearer)
    .slice(0, limit);
}

/** The index of the first member dated on or after `day` (the group's length when none is). */
function firstOnOrAfter(members: readonly Member[], day: number): number {
  let [low, high] = [0, members.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (members[middle]!.day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function score(related: RelatedBulletin): number {
  return (related.province ? 2 : 0) + related.topics.length;
}
