import { describe, expect, it } from 'vitest';
import { translationNotice } from './translation-notice';

const chineseOriginal = { source: { language: 'zh' }, originalLanguage: 'zh' } as const;
const englishTranslation = { source: { language: 'en' }, originalLanguage: 'zh' } as const;

describe('translationNotice()', () => {
  it('calls a Chinese original an original, and links to the English translation', () => {
    const notice = translationNotice(chineseOriginal as never, 'zh');
    expect(notice.key).toBe('notice.original');
    expect(notice.link).toEqual({ key: 'notice.readTranslation', lang: 'en' });
  });

  it("says the English of a Chinese original is the site's translation, and links to the original", () => {
    const notice = translationNotice(chineseOriginal as never, 'en');
    expect(notice.key).toBe('notice.translatedFromOriginal');
    expect(notice.link).toEqual({ key: 'notice.readOriginal', lang: 'zh' });
  });

  it('says a published English translation is one, with the Chinese original not available', () => {
    const notice = translationNotice(englishTranslation as never, 'en');
    expect(notice.key).toBe('notice.publishedTranslation');
    expect(notice).toMatchObject({ language: 'en', original: 'zh' });
  });

  it('says the Chinese made from a published English translation is not the original', () => {
    const notice = translationNotice(englishTranslation as never, 'zh');
    expect(notice.key).toBe('notice.translatedFromTranslation');
    expect(notice.link).toEqual({ key: 'notice.readSource', lang: 'en' });
  });
});
