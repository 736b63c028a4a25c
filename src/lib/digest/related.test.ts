import { describe, expect, it } from 'vitest';
import { realBulletin, realBulletins } from '../../../tests/support/bulletins';
import { topicsCovered } from '../vocabulary/topics';
import { dayNumber } from '../vocabulary/dates';
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

  it.each([
    ['dates spread over four years', (i: number) => ({ year: 2019 + (i % 4), month: 1 + ((i * 7) % 12), ...(i % 5 === 0 ? {} : { day: 1 + (i % 3) }) })],
    ['most of them of one of two days', (i: number) => (i % 4 === 0 ? { year: 2022, month: 1, day: 1 + (i % 7) } : { year: 2020 + (i % 2), month: 8 })],
  ])('picks, from a larger archive with %s, the same bulletins in the same order as weighing every pair', (_, dateOf) => {
    // Copies of the real bulletins with other dates and regions: many alike, some of one day, some with no reason.
    const regions = ['shandong', 'dezhou', 'hubei', 'zhejiang', 'deqing', 'zhaoqing', 'guangdong'] as const;
    const archive: Bulletin[] = Array.from({ length: 120 }, (_, i) => {
      const real = all[i % all.length]!;
      const date = dateOf(i);
      const bare = i % 11 === 0 ? { topics: [], measures: [] } : {};
      return { ...real, id: `copy-${String(i).padStart(3, '0')}`, facts: { ...real.facts, date, region: regions[(i * 3) % regions.length]!, ...bare } } as Bulletin;
    });
    const pairwise = (bulletin: Bulletin) => {
      const province = (b: Bulletin) => regionChain(b.facts.region).at(-1);
      const mine = new Set(topicsCovered(bulletin.facts));
      return archive
        .filter((other) => other.id !== bulletin.id)
        .map((other, index) => ({ id: other.id, index, same: province(other) === province(bulletin), shared: topicsCovered(other.facts).filter((t) => mine.has(t)), day: dayNumber(other.facts.date) }))
        .filter((c) => c.same || c.shared.length > 0)
        .map((c) => ({ ...c, score: (c.same ? 2 : 0) + c.shared.length, distance: Math.abs(c.day - dayNumber(bulletin.facts.date)) }))
        .sort((a, b) => b.score - a.score || Number(b.same) - Number(a.same) || a.distance - b.distance || b.day - a.day || a.index - b.index)
        .slice(0, 3)
        .map((c) => [c.id, c.shared]);
    };
    for (const bulletin of archive) {
      expect(relatedBulletins(bulletin, archive).map((r) => [r.bulletin.id, r.topics])).toEqual(pairwise(bulletin));
    }
  });

  it('goes to the nearest in date among equals, so a newer bulletin changes only the lists of those nearest it', () => {
    // Twelve bulletins of one province on the same topics, a month apart, then one published six weeks after the last.
    const real = realBulletin('deqing-2024-06-project-landing');
    const alike = (month: number, year = 2022, day = 10) => ({ ...real, id: `alike-${year}-${month}`, facts: { ...real.facts, date: { year, month, day } } }) as Bulletin;
    const archive = Array.from({ length: 12 }, (_, i) => alike(i + 1));
    const published = [...archive, alike(1, 2023, 20)];
    expect(relatedBulletins(archive[5]!, archive).map((r) => r.bulletin.id)).toEqual(['alike-2022-7', 'alike-2022-5', 'alike-2022-8']);
    const changed = archive.filter((b) => JSON.stringify(relatedBulletins(b, archive)) !== JSON.stringify(relatedBulletins(b, published)));
    expect(changed.map((b) => b.id)).toEqual(['alike-2022-12']);
  });
});
