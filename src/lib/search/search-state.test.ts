import { describe, expect, it } from 'vitest';
import { emptyFilters, type FilterVocabulary, hasFilters, pagefindOptions, parseSearchParams, searchHref, type SearchState, toSearchParams } from './search-state';

const VOCABULARY: FilterVocabulary = {
  region: ['shandong', 'dezhou', 'hubei'],
  level: ['province', 'city'],
  year: ['2021', '2020'],
  topic: ['financing', 'enterprise-relief'],
};

const parse = (query: string) => parseSearchParams(new URLSearchParams(query), VOCABULARY);

function state(overrides: Partial<SearchState> = {}): SearchState {
  return { query: '', filters: emptyFilters(), sort: 'relevance', ...overrides };
}

describe('parseSearchParams()', () => {
  it('reads the query, the filters and the sort', () => {
    expect(parse('q=纾困&region=hubei&region=dezhou&year=2020&topic=financing&sort=newest')).toEqual(
      state({ query: '纾困', filters: { region: ['hubei', 'dezhou'], level: [], year: ['2020'], topic: ['financing'] }, sort: 'newest' }),
    );
  });

  it('gives the defaults for an empty address', () => {
    expect(parse('')).toEqual(state());
  });

  it('normalises the query', () => {
    expect(parse('q=%E3%80%80financing++support%20').query).toBe('financing support');
  });

  it('drops unknown filter values and unknown sorts', () => {
    const parsed = parse('region=atlantis&region=hubei&level=galaxy&topic=Financing&sort=random');
    expect(parsed.filters).toEqual({ region: ['hubei'], level: [], year: [], topic: [] });
    expect(parsed.sort).toBe('relevance');
  });

  it('ignores parameters that are not filters', () => {
    expect(parse('lang=zh&highlight=x&utm_source=mail')).toEqual(state());
  });

  it('removes repeated values', () => {
    expect(parse('year=2020&year=2021&year=2020').filters.year).toEqual(['2020', '2021']);
  });
});

describe('toSearchParams()', () => {
  it('leaves out what is at its default', () => {
    expect(toSearchParams(state()).toString()).toBe('');
    expect([...toSearchParams(state({ query: 'loans' })).keys()]).toEqual(['q']);
  });

  it('writes one parameter per filter value, and a sort other than relevance', () => {
    const params = toSearchParams(state({ filters: { ...emptyFilters(), region: ['shandong', 'hubei'] }, sort: 'oldest' }));
    expect(params.getAll('region')).toEqual(['shandong', 'hubei']);
    expect(params.get('sort')).toBe('oldest');
  });

  it('is undone by parseSearchParams', () => {
    const states = [
      state(),
      state({ query: '助企 纾困', sort: 'newest' }),
      state({ query: 'R&D + loans', filters: { region: ['dezhou', 'shandong'], level: ['city'], year: ['2021', '2020'], topic: ['enterprise-relief'] }, sort: 'oldest' }),
    ];
    for (const s of states) expect(parseSearchParams(toSearchParams(s), VOCABULARY)).toEqual(s);
  });
});

describe('searchHref()', () => {
  it('puts the search in the query of the address', () => {
    expect(searchHref('/zh/search/', state({ query: '纾困', filters: { ...emptyFilters(), year: ['2020'] } }))).toBe('/zh/search/?q=%E7%BA%BE%E5%9B%B0&year=2020');
  });

  it('leaves the address bare when everything is at its default', () => {
    expect(searchHref('/en/search/', state())).toBe('/en/search/');
  });
});

describe('hasFilters()', () => {
  it('is true when any filter has a value, whatever the query and sort', () => {
    expect(hasFilters(state({ query: 'loans', sort: 'newest' }))).toBe(false);
    expect(hasFilters(state({ filters: { ...emptyFilters(), topic: ['financing'] } }))).toBe(true);
    expect(hasFilters(state({ filters: { ...emptyFilters(), year: ['2020'] } }))).toBe(true);
  });
});

describe('pagefindOptions()', () => {
  it('adds only the filters in use', () => {
    const filters = { ...emptyFilters(), region: ['shandong', 'hubei'], year: ['2020'] };
    expect(pagefindOptions(state({ filters }))).toEqual({
      filters: { region: { any: ['shandong', 'hubei'] }, year: { any: ['2020'] } },
    });
    expect(pagefindOptions(state())).toEqual({ filters: {} });
  });

  it('sorts by date for newest and oldest, and not at all for relevance', () => {
    expect(pagefindOptions(state({ sort: 'newest' }))).toEqual({ filters: {}, sort: { date: 'desc' } });
    expect(pagefindOptions(state({ sort: 'oldest' }))).toEqual({ filters: {}, sort: { date: 'asc' } });
    expect(pagefindOptions(state())).not.toHaveProperty('sort');
  });
});
