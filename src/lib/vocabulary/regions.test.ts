import { describe, expect, it } from 'vitest';
import { REGIONS, regionChain, regionPlaceName } from './regions';

describe('regionChain()', () => {
  it('walks from a county up to its province', () => {
    expect(regionChain('deqing')).toEqual(['deqing', 'zhaoqing', 'guangdong']);
    expect(regionChain('hubei')).toEqual(['hubei']);
  });
});

describe('regionPlaceName()', () => {
  it('reads smallest first in English and largest first in Chinese, as addresses are written', () => {
    expect(regionPlaceName('deqing', 'en')).toBe('Deqing County, Zhaoqing City, Guangdong Province');
    expect(regionPlaceName('deqing', 'zh')).toBe('广东省肇庆市德庆县');
    expect(regionPlaceName('dezhou', 'zh')).toBe('山东省德州市');
  });
});

describe('REGIONS', () => {
  it('names only known regions as parents, and puts each below a higher level', () => {
    const rank = { province: 0, city: 1, county: 2 } as const;
    for (const [id, region] of Object.entries(REGIONS) as [string, { level: keyof typeof rank; parent?: string }][]) {
      if (!region.parent) continue;
      expect(Object.keys(REGIONS), `${id}.parent`).toContain(region.parent);
      expect(rank[REGIONS[region.parent as keyof typeof REGIONS].level], `${id} sits below its parent`).toBeLessThan(rank[region.level]);
    }
  });
});
