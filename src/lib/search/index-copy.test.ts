import { describe, expect, it } from 'vitest';
import { copyFor, namesAFilter } from './index-copy';

describe('namesAFilter()', () => {
  it('finds no filter in nothing, an empty object or empty combinations', () => {
    expect(namesAFilter(undefined)).toBe(false);
    expect(namesAFilter({})).toBe(false);
    expect(namesAFilter({ all: [{}, {}] })).toBe(false);
    expect(namesAFilter({ any: [], none: {} })).toBe(false);
  });

  it('finds a filter named at the top or inside a combination', () => {
    expect(namesAFilter({ region: { any: ['shandong'] } })).toBe(true);
    expect(namesAFilter({ all: [{}, { topic: 'financing' }] })).toBe(true);
    expect(namesAFilter({ not: { any: [{ year: '2020' }] } })).toBe(true);
  });

  it('counts a filter named with no values, since Pagefind loads its index all the same', () => {
    expect(namesAFilter({ region: { any: [] } })).toBe(true);
  });
});

describe('copyFor()', () => {
  it('sends a search by words alone to the copy that loads no filter', () => {
    expect(copyFor({})).toBe('words');
  });

  it('sends a lookup by topic, or a search within the reader’s filters, to the filtered copy', () => {
    expect(copyFor({ all: [{}, { topic: 'financing' }] })).toBe('filtered');
    expect(copyFor({ region: { any: ['hubei'] } })).toBe('filtered');
  });
});
