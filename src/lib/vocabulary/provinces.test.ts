import { describe, expect, it } from 'vitest';
import { PROVINCES } from './provinces';
import { REGIONS } from './regions';

describe('PROVINCES', () => {
  it('has the 34 provincial-level divisions, each name once', () => {
    const all = Object.values(PROVINCES);
    expect(all).toHaveLength(34);
    expect(new Set(all.map((p) => p.fullName.zh)).size).toBe(34);
    expect(new Set(all.map((p) => p.name.en)).size).toBe(34);
  });

  it('is where every province the bulletins come from takes its name', () => {
    const provinces = Object.entries(REGIONS).filter(([, region]) => region.level === 'province');
    expect(provinces.map(([id]) => id)).toEqual(['shandong', 'zhejiang', 'hubei', 'guangdong']);
    for (const [id, region] of provinces) expect(region.name).toBe(PROVINCES[id as keyof typeof PROVINCES].fullName);
    expect(REGIONS.hubei.name).toEqual({ en: 'Hubei Province', zh: '湖北省' });
  });
});
