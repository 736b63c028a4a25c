import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n';
import { activeCountText, activeFilterCount, type FilterBox, filterValueCount, formVocabulary, isTicked, readSearchBox, readSearchForm } from './search-form';
import { emptyFilters, type SearchState } from './search-state';

const en = useTranslations('en');

const box = (name: string, value: string, checked = false): FilterBox => ({ name, value, checked });

const BOXES: FilterBox[] = [
  box('region', 'shandong'),
  box('region', 'dezhou', true),
  box('region', 'hubei', true),
  box('level', 'city'),
  box('year', '2020', true),
  box('topic', 'financing'),
];

function state(overrides: Partial<SearchState> = {}): SearchState {
  return { query: '', filters: emptyFilters(), sort: 'relevance', ...overrides };
}

describe('formVocabulary()', () => {
  it('offers each filter the values it has a box for, in the form’s order, ticked or not', () => {
    expect(formVocabulary(BOXES)).toEqual({ region: ['shandong', 'dezhou', 'hubei'], level: ['city'], year: ['2020'], topic: ['financing'] });
  });

  it('leaves out boxes that are not filters', () => {
    expect(formVocabulary([box('remember', 'yes'), box('topic', 'financing')])).toEqual({ region: [], level: [], year: [], topic: ['financing'] });
  });
});

describe('readSearchForm()', () => {
  it('reads the words, the ticked boxes and the sort', () => {
    expect(readSearchForm({ query: 'loans', sort: 'newest', boxes: BOXES })).toEqual(
      state({ query: 'loans', filters: { region: ['dezhou', 'hubei'], level: [], year: ['2020'], topic: [] }, sort: 'newest' }),
    );
  });

  it('normalises the words as an address would', () => {
    expect(readSearchForm({ query: '\u3000助企  纾困 ', sort: 'relevance', boxes: [] }).query).toBe('助企 纾困');
  });

  it('takes an unknown sort for best match first', () => {
    expect(readSearchForm({ query: '', sort: 'random', boxes: [] }).sort).toBe('relevance');
  });

  it('ignores ticked boxes that are not filters', () => {
    expect(readSearchForm({ query: '', sort: 'oldest', boxes: [box('remember', 'yes', true)] })).toEqual(state({ sort: 'oldest' }));
  });
});

describe('readSearchBox()', () => {
  it('searches the normalised words alone, best match first', () => {
    expect(readSearchBox('  financing   support ')).toEqual(state({ query: 'financing support' }));
  });
});

describe('isTicked()', () => {
  const chosen = state({ filters: { ...emptyFilters(), region: ['hubei'], topic: ['financing'] } });

  it('ticks the boxes of the values the state filters by', () => {
    expect(isTicked(chosen, box('region', 'hubei'))).toBe(true);
    expect(isTicked(chosen, box('topic', 'financing'))).toBe(true);
  });

  it('leaves the other boxes unticked, even with a value chosen under another filter', () => {
    expect(isTicked(chosen, box('region', 'dezhou'))).toBe(false);
    expect(isTicked(chosen, box('level', 'hubei'))).toBe(false);
    expect(isTicked(chosen, box('remember', 'hubei'))).toBe(false);
  });
});

describe('activeFilterCount()', () => {
  it('counts every chosen value of every filter', () => {
    expect(activeFilterCount(state({ filters: { region: ['hubei', 'dezhou'], level: ['city'], year: [], topic: ['financing'] } }))).toBe(4);
  });

  it('is nought without filters, whatever the words and the sort', () => {
    expect(activeFilterCount(state({ query: 'loans', sort: 'newest' }))).toBe(0);
  });
});

describe('activeCountText()', () => {
  it('says how many filters are chosen', () => {
    expect(activeCountText(state({ filters: { ...emptyFilters(), year: ['2020', '2021'] } }), en)).toBe('(2)');
  });

  it('says nothing when none is', () => {
    expect(activeCountText(state(), en)).toBe('');
  });
});

describe('filterValueCount()', () => {
  const counts = { region: { hubei: 3, dezhou: 0 }, topic: { financing: 7 } };

  it('reads the count of the value its slot names', () => {
    expect(filterValueCount('region:hubei', counts)).toBe(3);
    expect(filterValueCount('topic:financing', counts)).toBe(7);
  });

  it('gives nought for a value or a filter that no result carries', () => {
    expect(filterValueCount('region:shandong', counts)).toBe(0);
    expect(filterValueCount('year:2020', counts)).toBe(0);
    expect(filterValueCount('', counts)).toBe(0);
  });
});
