import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../../tests/support/bulletins';
import { bulletinReference } from './reference';

const SITE = new URL('https://policy-digest.example.org');

// Expected values written out from the bulletins' facts.yaml and front matter.
describe('bulletinReference()', () => {
  it("names the Chinese original's title on the site's English translation, and the site as translator", () => {
    const reference = bulletinReference(realBulletin('hubei-2020-05-sink-into-enterprises'), 'en', SITE);
    expect(reference.original).toEqual({ lang: 'zh', title: '湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动' });
    expect(reference.translator).toBe('Construction Policy Digest');
    expect(reference.author).toBe('Department of Housing and Urban-Rural Development of Hubei Province');
    expect(reference.issued).toEqual({ year: 2020, month: 5, day: 27 });
    expect(reference.url).toBe('https://policy-digest.example.org/en/bulletins/hubei-2020-05-sink-into-enterprises/');
  });

  it('names no original and no translator on the original itself', () => {
    const reference = bulletinReference(realBulletin('hubei-2020-05-sink-into-enterprises'), 'zh', SITE);
    expect(reference.original).toBeNull();
    expect(reference.translator).toBeNull();
    expect(reference.publication).toBe('中华建设网');
  });

  it('gives no original title where the site holds only a translation of the original, not the original itself', () => {
    // Dezhou's Chinese text is the site's translation of a published English translation.
    expect(bulletinReference(realBulletin('dezhou-2020-08-construction-upgrading'), 'en', SITE).original).toBeNull();
    expect(bulletinReference(realBulletin('dezhou-2020-08-construction-upgrading'), 'zh', SITE).translator).toBe('建筑业政策摘编');
  });

  it('brackets an authority the text does not name, and marks an inferred date', () => {
    const deqing = bulletinReference(realBulletin('deqing-2024-06-project-landing'), 'zh', SITE);
    expect(deqing.author).toBe('[德庆县投资促进局]');
    const dezhou = bulletinReference(realBulletin('dezhou-2020-08-construction-upgrading'), 'en', SITE);
    expect(dezhou.issued).toEqual({ year: 2020, month: 8 });
    expect(dezhou.dateInferred).toBe(true);
  });
});
