import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../tests/support/bulletins';
import { bulletinJsonLd } from './json-ld';

const SITE = new URL('https://policy-digest.example.org');

describe('bulletinJsonLd()', () => {
  it('describes the page as a NewsArticle in its language, issued by the authority', () => {
    const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');
    const data = bulletinJsonLd(hubei, 'zh', SITE);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      url: 'https://policy-digest.example.org/zh/bulletins/hubei-2020-05-sink-into-enterprises/',
      inLanguage: 'zh-CN',
      headline: hubei.texts.zh.title,
      datePublished: '2020-05-27',
      author: { '@type': 'GovernmentOrganization', name: '湖北省住房和城乡建设厅' },
    });
  });

  it('links a source text to its translation, and the translation back to its source', () => {
    // Hubei's source is Chinese: the Chinese page is the work, the English page its translation.
    const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');
    const zh = bulletinJsonLd(hubei, 'zh', SITE);
    const en = bulletinJsonLd(hubei, 'en', SITE);
    expect(zh['workTranslation']).toMatchObject({ url: en['url'], inLanguage: 'en' });
    expect(zh).not.toHaveProperty('translationOfWork');
    expect(en['translationOfWork']).toMatchObject({ url: zh['url'], inLanguage: 'zh-CN' });
    // Dezhou's source is the published English: the other way round.
    const dezhou = realBulletin('dezhou-2020-08-construction-upgrading');
    expect(bulletinJsonLd(dezhou, 'zh', SITE)['translationOfWork']).toMatchObject({ inLanguage: 'en' });
    expect(bulletinJsonLd(dezhou, 'en', SITE)).toHaveProperty('workTranslation');
  });
});
