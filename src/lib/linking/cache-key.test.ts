import { describe, expect, it } from 'vitest';
import { pageCacheKey } from './cache-key';

describe('pageCacheKey()', () => {
  it('depends on every part and on their order', () => {
    expect(pageCacheKey('a', 'b')).toBe(pageCacheKey('a', 'b'));
    expect(pageCacheKey('a', 'b')).not.toBe(pageCacheKey('b', 'a'));
    expect(pageCacheKey('a')).not.toBe(pageCacheKey('a', []));
  });
});
