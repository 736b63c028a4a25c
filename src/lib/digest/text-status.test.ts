import { describe, expect, it } from 'vitest';
import { textStatus, textStatusLabel, translationNotice } from './text-status';

const chineseOriginal = { source: { language: 'zh' }, originalLanguage: 'zh' } as const;
const englishTranslation = { source: { language: 'en' }, originalLanguage: 'zh' } as const;

describe('textStatus()', () => {
  it('tells the four kinds of text apart', () => {
    expect(textStatus(chineseOriginal as never, 'zh')).toBe('original');
    expect(textStatus(chineseOriginal as never, 'en')).toBe('site-translation');
    expect(textStatus(englishTranslation as never, 'en')).toBe('published-translation');
    expect(textStatus(englishTranslation as never, 'zh')).toBe('site-translation-of-translation');
  });
});

describe('textStatusLabel()', () => {
  it("says in Chinese that a text translated back from the English is not the official original", () => {
    expect(textStatusLabel(englishTranslation as never, 'zh', 'zh')).toBe('本站据英文译本回译，非官方原文');
  });

  it("describes a text in the reader's language, not the text's own", () => {
    expect(textStatusLabel(chineseOriginal as never, 'en', 'zh')).toBe('本站译文');
    expect(textStatusLabel(chineseOriginal as never, 'zh', 'en')).toBe('Original text, as published');
    expect(textStatusLabel(englishTranslation as never, 'en', 'zh')).toBe('已发布的译文');
  });
});

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
    expect(notice).toMatchObject({ language: 'en', original: 'zh', link: { key: 'notice.readTranslation', lang: 'zh' } });
  });

  it('says the Chinese made from a published English translation is not the original', () => {
    const notice = translationNotice(englishTranslation as never, 'zh');
    expect(notice.key).toBe('notice.translatedFromTranslation');
    expect(notice.link).toEqual({ key: 'notice.readSource', lang: 'en' });
  });
});
