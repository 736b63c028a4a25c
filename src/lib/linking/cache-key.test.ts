import { describe, expect, it } from 'vitest';
import { realBulletins } from '../../../tests/support/bulletins';
import { bulletinsCacheKey, pageCacheKey } from './cache-key';

describe('pageCacheKey()', () => {
  it('depends on every part and on their order', () => {
    expect(pageCacheKey('a', 'b')).toBe(pageCacheKey('a', 'b'));
    expect(pageCacheKey('a', 'b')).not.toBe(pageCacheKey('b', 'a'));
    expect(pageCacheKey('a')).not.toBe(pageCacheKey('a', []));
  });
});

describe('bulletinsCacheKey()', () => {
  const bulletins = realBulletins();
  const digests = new Map(bulletins.map((b) => [b.id, `digest of ${b.id}`]));

  it('keys a list by its bulletins’ digests, however deep they sit', () => {
    const list = { page: 1, items: bulletins.slice(0, 2), measures: [{ bulletin: bulletins[2]!, anchor: 'measure-1' }] };
    const before = bulletinsCacheKey(digests, 'en', list);
    expect(bulletinsCacheKey(new Map(digests), 'en', structuredClone(list))).toBe(before);
    for (const changed of [bulletins[0]!, bulletins[2]!]) {
      const other = new Map(digests).set(changed.id, 'changed');
      expect(bulletinsCacheKey(other, 'en', list), changed.id).not.toBe(before);
    }
    expect(bulletinsCacheKey(digests, 'zh', list)).not.toBe(before);
  });

  it('is unmoved by a bulletin the page does not show', () => {
    const list = { items: bulletins.slice(0, 2) };
    const other = new Map(digests).set(bulletins[4]!.id, 'changed');
    expect(bulletinsCacheKey(other, list)).toBe(bulletinsCacheKey(digests, list));
  });

  it('refuses a bulletin with no digest', () => {
    expect(() => bulletinsCacheKey(new Map(), { items: bulletins })).toThrow(/has no digest/);
  });
});
