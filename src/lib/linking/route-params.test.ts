import { describe, expect, it } from 'vitest';
import { realBulletins } from '../../../tests/support/bulletins';
import { bulletinPaths, langPaths } from './route-params';

describe('langPaths()', () => {
  it('makes one page per language', () => {
    expect(langPaths()).toEqual([{ params: { lang: 'en' } }, { params: { lang: 'zh' } }]);
  });
});

describe('bulletinPaths()', () => {
  const bulletins = realBulletins();
  const digests = (suffix = '') => new Map(bulletins.map((b) => [b.id, `${b.id}${suffix}`]));

  it('makes one page per bulletin in each language, each given its bulletin', () => {
    const paths = bulletinPaths(bulletins, digests());
    expect(paths).toHaveLength(bulletins.length * 2);
    const hubei = paths.filter((p) => p.params.id === 'hubei-2020-05-sink-into-enterprises');
    expect(hubei.map((p) => p.params.lang)).toEqual(['en', 'zh']);
    for (const p of hubei) expect(p.props.bulletin.facts.permalink).toBe('hb-2020-05');
  });

  it('keys each page by its own bulletin, so changing one bulletin changes only its pages’ keys', () => {
    const before = bulletinPaths(bulletins, digests());
    const changed = digests();
    changed.set('hubei-2020-05-sink-into-enterprises', 'changed');
    const after = bulletinPaths(bulletins, changed);
    const differing = after.filter((p, i) => p.cacheKey !== before[i]!.cacheKey).map((p) => p.params.id);
    expect(differing).toEqual(['hubei-2020-05-sink-into-enterprises', 'hubei-2020-05-sink-into-enterprises']);
  });

  it('refuses a bulletin with no digest rather than reuse a page that may be stale', () => {
    expect(() => bulletinPaths(bulletins, new Map())).toThrow(/has no digest/);
  });
});
