import { describe, expect, it } from 'vitest';
import { joinAdjacent } from './excerpt';

describe('joinAdjacent()', () => {
  it('joins neighbouring matched runs into one', () => {
    expect(joinAdjacent([{ text: '助企', hit: false }, { text: '纾', hit: true }, { text: '困', hit: true }, { text: '”活动', hit: false }])).toEqual([
      { text: '助企', hit: false },
      { text: '纾困', hit: true },
      { text: '”活动', hit: false },
    ]);
  });

  it('keeps runs apart that have text between them, and drops empty ones', () => {
    expect(joinAdjacent([{ text: 'a', hit: true }, { text: '', hit: false }, { text: ' ', hit: false }, { text: 'b', hit: true }]).map((s) => s.hit)).toEqual([true, false, true]);
  });
});
