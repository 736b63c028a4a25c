import { describe, expect, it } from 'vitest';
import { regionTrail, sectionTrail } from './breadcrumbs';

const labels = { 'nav.home': 'Home', 'nav.regions': 'Regions', 'nav.topics': 'Topics', 'nav.years': 'Years' } as const;
const t = (key: keyof typeof labels) => labels[key];

describe('regionTrail()', () => {
  it('leads from a city up through its province on the city page', () => {
    expect(regionTrail('en', t, 'dezhou', { includeSelf: false })).toEqual([
      { href: '/en/', label: 'Home' },
      { href: '/en/regions/', label: 'Regions' },
      { href: '/en/regions/shandong/', label: 'Shandong Province' },
    ]);
  });

  it('ends a bulletin trail with the bulletin place, largest place first', () => {
    expect(regionTrail('zh', t, 'deqing', { includeSelf: true }).slice(2).map((c) => c.label)).toEqual(['广东省', '肇庆市', '德庆县']);
  });
});

describe('sectionTrail()', () => {
  it('leads from a year page to the years index', () => {
    expect(sectionTrail('en', t, 'years').map((c) => c.href)).toEqual(['/en/', '/en/years/']);
  });
});
