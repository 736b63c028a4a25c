import { describe, expect, it } from 'vitest';
import { realBulletins } from '../../../tests/support/bulletins';
import { TOPIC_IDS } from '../vocabulary/topics';
import { regionOptions, filterValues } from './filter-values';

const ALL = realBulletins();
const only = (...prefixes: string[]) => ALL.filter((b) => prefixes.some((p) => b.id.startsWith(`${p}-`)));

describe('regionOptions()', () => {
  it('adds the regions above a county, province first, with their depths', () => {
    expect(regionOptions(only('deqing'))).toEqual([
      { id: 'guangdong', depth: 0 },
      { id: 'zhaoqing', depth: 1 },
      { id: 'deqing', depth: 2 },
    ]);
  });

  it('lists each province with the places in it, a province used twice once', () => {
    expect(regionOptions(only('dezhou', 'shandong', 'hubei'))).toEqual([
      { id: 'shandong', depth: 0 },
      { id: 'dezhou', depth: 1 },
      { id: 'hubei', depth: 0 },
    ]);
  });

  it('offers every region of the real bulletins, provinces in the order of REGIONS, each followed by the places in it', () => {
    expect(regionOptions(ALL)).toEqual([
      { id: 'shandong', depth: 0 },
      { id: 'dezhou', depth: 1 },
      { id: 'zhejiang', depth: 0 },
      { id: 'hubei', depth: 0 },
      { id: 'guangdong', depth: 0 },
      { id: 'zhaoqing', depth: 1 },
      { id: 'deqing', depth: 2 },
    ]);
  });

  it('offers nothing without bulletins', () => {
    expect(regionOptions([])).toEqual([]);
  });
});

describe('filterValues()', () => {
  it('lists the regions as regionOptions orders them', () => {
    expect(filterValues(ALL).region).toEqual(regionOptions(ALL).map((o) => o.id));
  });

  it('lists the levels in use, largest first', () => {
    expect(filterValues(ALL).level).toEqual(['province', 'city', 'county']);
    expect(filterValues(only('hubei', 'deqing')).level).toEqual(['province', 'county']);
  });

  it('lists the years newest first, each once', () => {
    expect(filterValues(ALL).year).toEqual(['2024', '2021', '2020']);
  });

  it('lists only the topics the bulletins or their measures carry, in the order of TOPICS', () => {
    const some = only('zhejiang', 'hubei');
    const used = new Set(some.flatMap((b) => [...b.facts.topics, ...b.facts.measures.flatMap((m) => m.topics)]));
    expect(filterValues(some).topic).toEqual(TOPIC_IDS.filter((topic) => used.has(topic)));
    // Hubei's measure 2 is about construction pricing, though the bulletin as a whole is not filed under it.
    expect(only('hubei')[0]!.facts.topics).not.toContain('pricing');
    expect(filterValues(only('hubei')).topic).toContain('pricing');
  });
});
