import { describe, expect, it } from 'vitest';
import { realBulletins } from '../../../tests/support/bulletins';
import { bulletinPaths, langPaths } from './route-params';

describe('langPaths()', () => {
  it('makes one page per language', () => {
    expect(langPaths()).toEqual([{ params: { lang: 'en' } }, { params: { lang: 'zh' } }]);
  });
});

describe('bulletinPaths()', () => {
  it('makes one page per bulletin in each language, each given its bulletin', () => {
    const bulletins = realBulletins();
    const paths = bulletinPaths(bulletins);
    expect(paths).toHaveLength(bulletins.length * 2);
    const hubei = paths.filter((p) => p.params.id === 'hubei-2020-05-sink-into-enterprises');
    expect(hubei.map((p) => p.params.lang)).toEqual(['en', 'zh']);
    for (const p of hubei) expect(p.props.bulletin.facts.permalink).toBe('hb-2020-05');
  });
});
