import { describe, expect, it } from 'vitest';
import { realBulletin, realBulletins } from '../../../tests/support/bulletins';
import { topicsCovered } from '../vocabulary/topics';
import { compareDatesDescending } from '../vocabulary/dates';
import { regionChain } from '../vocabulary/regions';
import type { Bulletin } from '../content/bulletin';
import { relatedBulletins } from './related';

describe('relatedBulletins()', () => {
  const all = realBulletins();

  it("puts a city's bulletin beside its province's first, for the province both come from", () => {
    const [first] = relatedBulletins(realBulletin('dezhou-2020-08-construction-upgrading'), all);
    expect(first!.bulletin.id).toBe('shandong-2021-03-out-of-province-liaison');
    expect(first!.province).toBe('shandong');
  });

  it('lists at most three others, never the bulletin itself, each with reasons that hold for both', () => {
    for (const bulletin of all) {
      const related = relatedBulletins(bulletin, all);
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related.map((r) => r.bulletin.id)).not.toContain(bulletin.id);
      for (const { bulletin: other, topics } of related) {
        for (const topic of topics) {
          expect(topicsCovered(bulletin.facts)).toContain(topic);
          expect(topicsCovered(other.facts)).toContain(topic);
        }
      }
    }
  });

  it('leaves out a bulletin with nothing in common', () => {
    const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');
    const loner = { ...hubei, id: 'guangdong-loner', facts: { ...hubei.facts, region: 'guangdong' as const, topics: [], measures: [] } };
    expect(relatedBulletins(loner, [...all, loner]).map((r) => [r.bulletin.id, r.province, r.topics])).toEqual([['deqing-2024-06-project-landing', 'guangdong', []]]);
  });

  it('picks, from a larger archive, the same bulletins in the same order as weighing every pair', () => {
    // Copies of the real bulletins with other dates and regions: many alike, some of one day, some with no reason.
    const regions = ['shandong', 'dezhou', 'hubei', 'zhejiang', 'deqing', 'zhaoqing', 'guangdong'] as const;
    const archive: Bulletin[] = Array.from({ length: 120 }, (_, i) => {
      const real = all[i % all.length]!;
      const date = { year: 2019 + (i % 4), month: 1 + ((i * 7) % 12), ...(i % 5 === 0 ? {} : { day: 1 + (i % 3) }) };
      const bare = i % 11 === 0 ? { topics: [], measures: [] } : {};
      return { ...real, id: `copy-${String(i).padStart(3, '0')}`, facts: { ...real.facts, date, region: regions[(i * 3) % regions.length]!, ...bare } } as Bulletin;
    });
    const pairwise = (bulletin: Bulletin) => {
      const province = (b: Bulletin) => regionChain(b.facts.region).at(-1);
      const mine = new Set(topicsCovered(bulletin.facts));
      return archive
        .filter((other) => other.id !== bulletin.id)
        .map((other) => ({ id: other.id, same: province(other) === province(bulletin), shared: topicsCovered(other.facts).filter((t) => mine.has(t)), date: other.facts.date }))
        .filter((c) => c.same || c.shared.length > 0)
        .sort((a, b) => (b.same ? 2 : 0) + b.shared.length - ((a.same ? 2 : 0) + a.shared.length) || compareDatesDescending(a.date, b.date))
        .slice(0, 3)
        .map((c) => [c.id, c.shared]);
    };
    for (const bulletin of archive) {
      expect(relatedBulletins(bulletin, archive).map((r) => [r.bulletin.id, r.topics])).toEqual(pairwise(bulletin));
    }
  });
});
