import { describe, expect, it } from 'vitest';
import { realBulletin, realBulletins } from '../../../tests/support/bulletins';
import { topicsCovered } from '../vocabulary/topics';
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
});
