import { describe, expect, it } from 'vitest';
import { addressWithRegion, filteredHeading, hasStatus, inRegion, pagerHref, regionFromSearch, shownText } from './region-filter';

describe('inRegion()', () => {
  it('shows a measure under its own region and under each region containing it', () => {
    expect(inRegion('dezhou shandong', 'dezhou')).toBe(true);
    expect(inRegion('dezhou shandong', 'shandong')).toBe(true);
  });

  it('hides a measure of another region', () => {
    expect(inRegion('dezhou shandong', 'hubei')).toBe(false);
  });

  it('matches whole region ids, not parts of them', () => {
    expect(inRegion('dezhou shandong', 'shan')).toBe(false);
    expect(inRegion('dezhou shandong', 'dezhou shandong')).toBe(false);
  });

  it('shows every measure when no region is chosen', () => {
    expect(inRegion('hubei', '')).toBe(true);
    expect(inRegion('', '')).toBe(true);
  });
});

describe('regionFromSearch()', () => {
  const offered = ['', 'shandong', 'dezhou', 'hubei'];

  it('reads a region the filter offers', () => {
    expect(regionFromSearch('?region=dezhou&page=2', offered)).toBe('dezhou');
  });

  it('ignores a region the filter does not offer', () => {
    expect(regionFromSearch('?region=atlantis', offered)).toBeNull();
  });

  it('finds nothing in an address without a region, or with an empty one', () => {
    expect(regionFromSearch('', offered)).toBeNull();
    expect(regionFromSearch('?region=', offered)).toBeNull();
  });
});

describe('addressWithRegion()', () => {
  it('puts the chosen region in the query, keeping the rest of the address', () => {
    expect(addressWithRegion('https://example.org/en/measures/2/?x=1#topic-financing', 'hubei').href).toBe('https://example.org/en/measures/2/?x=1&region=hubei#topic-financing');
  });

  it('replaces a region chosen before', () => {
    expect(addressWithRegion('https://example.org/en/measures/?region=hubei', 'shandong').search).toBe('?region=shandong');
  });

  it('drops the region when every region is chosen', () => {
    expect(addressWithRegion('https://example.org/en/measures/?region=hubei', '').href).toBe('https://example.org/en/measures/');
  });
});

describe('pagerHref()', () => {
  it('links to the other page with this page’s query in place of its own', () => {
    expect(pagerHref('https://example.org/zh/measures/2/?region=hubei#top', '?region=dezhou')).toBe('/zh/measures/2/?region=dezhou');
  });

  it('links to the bare page when this page has no query', () => {
    expect(pagerHref('https://example.org/zh/measures/2/?region=hubei', '')).toBe('/zh/measures/2/');
  });
});

describe('shownText()', () => {
  it('puts the count into the template’s slot', () => {
    expect(shownText('{count} measures shown', 12)).toBe('12 measures shown');
    expect(shownText('显示 {count} 项措施', 0)).toBe('显示 0 项措施');
  });

  it('says "1 measure", not "1 measures", when given the singular', () => {
    expect(shownText('{count} measures shown', 1, '1 measure shown')).toBe('1 measure shown');
    expect(shownText('{count} measures shown', 2, '1 measure shown')).toBe('2 measures shown');
  });
});

describe('filteredHeading()', () => {
  const templates = { inPlace: 'Policy measures from {place}', one: '1 measure', many: '{count} measures' };

  it('names the chosen place and counts what shows', () => {
    expect(filteredHeading(templates, 'Shandong Province', 16)).toEqual({ title: 'Policy measures from Shandong Province', count: '16 measures' });
  });

  it('says "1 measure" for one', () => {
    expect(filteredHeading(templates, 'Deqing County', 1)?.count).toBe('1 measure');
  });

  it('leaves the heading alone when no place is chosen', () => {
    expect(filteredHeading(templates, null, 36)).toBeNull();
  });
});

describe('hasStatus()', () => {
  it('shows a measure while any of its provisions has the chosen status, and every measure for any status', () => {
    expect(hasStatus('lapsed ongoing', 'lapsed')).toBe(true);
    expect(hasStatus('lapsed ongoing', 'in-force')).toBe(false);
    expect(hasStatus('done', '')).toBe(true);
  });
});

describe('regionFromSearch() and addressWithRegion() for the status filter', () => {
  it('read and write ?status= beside ?region=', () => {
    expect(regionFromSearch('?region=hubei&status=lapsed', ['lapsed', 'ongoing'], 'status')).toBe('lapsed');
    expect(addressWithRegion('https://example.org/en/measures/?region=hubei', 'lapsed', 'status').search).toBe('?region=hubei&status=lapsed');
  });
});
