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
  return relatedIndex(all, limit)(bulletin);
}

/** A bulletin of the archive, with its place in it and what relatedness is worked out from. */
interface Member {
  bulletin: Bulletin;
  index: number;
  province: RegionId;
  topics: TopicId[];
}

/**
 * `relatedBulletins` for every bulletin of `all`, worked out once. Bulletins of the same
 * province touching the same topics are alike to any other, so they are grouped, newest
 * first, and a bulletin weighs each group once and takes at most `limit` from it: the time
 * grows with the archive times the number of groups, not with the archive squared (ten
 * thousand bulletins compared pairwise took minutes before the first page was built).
 */
export function relatedIndex(all: readonly Bulletin[], limit = RELATED_LIMIT): (bulletin: Bulletin) => RelatedBulletin[] {
  const members: Member[] = all.map((bulletin, index) => ({ bulletin, index, province: provinceOf(bulletin), topics: topicsCovered(bulletin.facts) }));
  const groups = Map.groupBy(members, (member) => `${member.province} ${member.topics.join(' ')}`);
  const newestFirst = (a: Member, b: Member) => compareDatesDescending(a.bulletin.facts.date, b.bulletin.facts.date) || a.index - b.index;
  const grouped = [...groups.values()].map((group) => group.sort(newestFirst));
  return (bulletin) => {
    const topics = new Set(topicsCovered(bulletin.facts));
    const province = provinceOf(bulletin);
    const candidates = grouped.flatMap((members) => {
      const shared = members[0]!.topics.filter((topic) => topics.has(topic));
      const sameProvince = members[0]!.province === province;
      if (!sameProvince && shared.length === 0) return [];
      return newestOthers(members, bulletin, limit).map((member) => ({ member, related: { bulletin: member.bulletin, province: sameProvince ? province : null, topics: shared } }));
    });
    return candidates
      .sort((a, b) => score(b.related) - score(a.related) || newestFirst(a.member, b.member))
      .slice(0, limit)
      .map(({ related }) => related);
  };
}

/** The first `limit` members of a group, newest first, besides the bulletin itself. */
function newestOthers(members: readonly Member[], bulletin: Bulletin, limit: number): Member[] {
  const out: Member[] = [];
  for (const member of members) {
    if (out.length === limit) break;
    if (member.bulletin.id !== bulletin.id) out.push(member);
  }
  return out;
}

function score(related: RelatedBulletin): number {
  return (related.province ? 2 : 0) + related.topics.length;
}
