import { describe, expect, it } from 'vitest';
import { listOf } from './lists';

describe('listOf()', () => {
  it('joins English names with commas and a final "and"', () => {
    expect(listOf(['Wuhan', 'Yichang', 'Huangshi'], 'en')).toBe('Wuhan, Yichang and Huangshi');
    expect(listOf(['Enshi Prefecture'], 'en')).toBe('Enshi Prefecture');
  });

  it('joins Chinese names with the enumeration comma alone', () => {
    expect(listOf(['恩施州', '州住建局'], 'zh')).toBe('恩施州、州住建局');
  });
});
